import { describe, expect, it } from "vitest";
import { vendorDir } from "../_helpers/vendor.js";

describe("the exporter tests' vendor folder", () => {
  it("is in place (the XSD, Moodle's GIFT fixtures and the xAPI schemas are read from it)", () => {
    // The suites that need these files are skipped without them; this one test says why.
    expect(() => vendorDir()).not.toThrow();
  });
});
