import { sumsToOne } from "../../src/domain/costShare";
import { defaultWeights, STATE_SHARE_WEIGHTS } from "../../src/domain/weights";

describe("default cost-split weights", () => {
  it("takes the state-share criteria, working age 50 % and unemployed 50 %, when both are given", () => {
    expect(defaultWeights(["name", "workingAge", null, "unemployed", "population"])).toEqual({
      workingAge: 0.5,
      unemployed: 0.5,
    });
    expect(STATE_SHARE_WEIGHTS).toEqual({ workingAge: 0.5, unemployed: 0.5 });
  });

  it("falls back to a per-capita split, then to the labour force every member has", () => {
    expect(defaultWeights(["name", "workingAge", "population", "labourForce"])).toEqual({ population: 1 });
    expect(defaultWeights(["name", "unemployed", "labourForce"])).toEqual({ labourForce: 1 });
    expect(defaultWeights([])).toEqual({ labourForce: 1 });
  });

  it("always sums to 1 and hands out a copy the caller may change", () => {
    for (const fields of [["workingAge", "unemployed"], ["population"], []]) {
      const weights = defaultWeights(fields);
      expect(sumsToOne(Object.values(weights).reduce((a, b) => a + b, 0))).toBe(true);
    }
    const weights = defaultWeights(["workingAge", "unemployed"]);
    weights.workingAge = 1;
    expect(STATE_SHARE_WEIGHTS.workingAge).toBe(0.5);
  });
});
