import { describe, expect, it } from "vitest";
import { flattenDepartments, wouldCreateCycle } from "./department-tree";

const nodes = [
  { id: "root", parentId: null, name: "示范市公安局", sortOrder: 0 },
  { id: "b", parentId: "root", name: "越秀区分局", sortOrder: 2 },
  { id: "a", parentId: "root", name: "天河区分局", sortOrder: 1 },
  { id: "a1", parentId: "a", name: "天河派出所", sortOrder: 0 },
  { id: "lost", parentId: "gone", name: "孤立部门", sortOrder: 0 },
];

describe("department tree", () => {
  it("lists depth-first with siblings in their order and depths for indentation", () => {
    const flat = flattenDepartments(nodes);
    expect(flat.map((n) => [n.id, n.depth])).toEqual([
      ["lost", 0],
      ["root", 0],
      ["a", 1],
      ["a1", 2],
      ["b", 1],
    ]);
    expect(flat.find((n) => n.id === "a1")?.path).toEqual(["示范市公安局", "天河区分局"]);
  });

  it("still shows every node when the data holds a loop", () => {
    const loop = [
      { id: "x", parentId: "y", name: "X", sortOrder: 0 },
      { id: "y", parentId: "x", name: "Y", sortOrder: 0 },
    ];
    expect(flattenDepartments(loop).map((n) => n.id).sort()).toEqual(["x", "y"]);
  });

  it("refuses a move under itself or a descendant, allows any other", () => {
    expect(wouldCreateCycle(nodes, "a", "a")).toBe(true);
    expect(wouldCreateCycle(nodes, "a", "a1")).toBe(true);
    expect(wouldCreateCycle(nodes, "root", "a1")).toBe(true);
    expect(wouldCreateCycle(nodes, "a1", "b")).toBe(false);
    expect(wouldCreateCycle(nodes, "b", null)).toBe(false);
  });
});
