/** The statutory festivals (《全国年节及纪念日放假办法》) as stable keys, so message catalogs can translate them. */
export const FESTIVAL_KEYS = [
  "new_year",
  "spring_festival",
  "qingming",
  "labour_day",
  "dragon_boat",
  "mid_autumn",
  "national_day",
  // One-off: 3 Sep 2015 (抗战胜利70周年), present in chinese-days' 2015 data.
  "victory_day_70th",
] as const;

export type FestivalKey = (typeof FESTIVAL_KEYS)[number];

/** Official Chinese names (used as `name` on days and explanation steps). */
export const FESTIVAL_NAMES: Readonly<Record<FestivalKey, string>> = {
  new_year: "元旦",
  spring_festival: "春节",
  qingming: "清明节",
  labour_day: "劳动节",
  dragon_boat: "端午节",
  mid_autumn: "中秋节",
  national_day: "国庆节",
  victory_day_70th: "中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日",
};

// chinese-days labels each day "English,中文,days"; its English label is the stable part.
const CHINESE_DAYS_LABELS: Readonly<Record<string, FestivalKey>> = {
  "New Year's Day": "new_year",
  "Spring Festival": "spring_festival",
  "Tomb-sweeping Day": "qingming",
  "Labour Day": "labour_day",
  "Dragon Boat Festival": "dragon_boat",
  "Mid-autumn Festival": "mid_autumn",
  "National Day": "national_day",
  "Anti-Fascist 70th Day": "victory_day_70th",
};

/** Reads a chinese-days label such as "National Day,国庆节,3"; unknown labels keep their Chinese part. */
export function parseChineseDaysLabel(label: string): { name: string; festival?: FestivalKey } {
  const [english = "", chinese] = label.split(",");
  const festival = CHINESE_DAYS_LABELS[english];
  if (festival) return { name: FESTIVAL_NAMES[festival], festival };
  return { name: chinese ?? english };
}
