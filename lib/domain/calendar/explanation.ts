import type { IsoDate } from "./dates";
import type { FestivalKey } from "./festivals";

export type StopKind = "consultation_third_party" | "consultation_agency" | "fee";

/**
 * One line of "how this due date was computed", as data: the UI renders it through the zh-CN / en
 * message catalogs. Steps come in date order; `provisional_year` notes come just before the last step.
 */
export type ExplanationStep =
  | { type: "received"; date: IsoDate }
  | { type: "clarification_requested"; date: IsoDate; deadline: IsoDate }
  /** The 补正 supplement is still outstanding; `overdue` is present when `today` was given. */
  | { type: "waiting_for_applicant"; deadline: IsoDate; overdue?: boolean }
  /** The supplement arrived: the 20 working days start again from this date. */
  | { type: "restarted"; date: IsoDate; late: boolean }
  | { type: "holiday_skipped"; date: IsoDate; name?: string; festival?: FestivalKey }
  | { type: "makeup_workday"; date: IsoDate; name?: string; festival?: FestivalKey }
  /**
   * The clock stood still from `from` to `to` (null: not ended). `workingDaysPaused` counts the working
   * days this stop alone held back (days already held by an earlier overlapping stop count there);
   * null for an open stop when no `today` was given.
   */
  | { type: "stopped"; kind: StopKind; from: IsoDate; to: IsoDate | null; workingDaysPaused: number | null }
  /**
   * `from` is the due date before the extension, `to` the extended one (null while the clock is stopped);
   * `approvedInTime`: approved on or before the due date it extends.
   */
  | {
      type: "extended";
      from: IsoDate;
      to: IsoDate | null;
      workingDays: number;
      approvedAt: IsoDate;
      approvedInTime: boolean;
    }
  | { type: "provisional_year"; year: number }
  | { type: "due"; date: IsoDate }
  /** Last step while the clock is stopped: what is left when it resumes. */
  | { type: "clock_stopped"; by: StopKind | "clarification"; remainingWorkingDays: number };
