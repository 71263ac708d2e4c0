import { describe, expect, it } from "vitest";
import { VENDOR, vendorPresent } from "./_vendor.js";

describe("the exporter tests' vendor folder", () => {
  it("is in place (the XSD, gift-pegjs fixtures and xAPI schemas are read from it)", () => {
    // The suites that need these files are skipped without them; this one test says why.
    expect(
      vendorPresent,
      `Vendor files not found at ${VENDOR}. The exporter tests validate output against the QTI XSD, Moodle's GIFT fixtures and the xAPI statement schema kept in that folder, beside the project (see its README.md). Put the folder in place; never copy it into the repository.`,
    ).toBe(true);
  });
});
