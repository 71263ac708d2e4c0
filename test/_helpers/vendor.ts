import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** Where the third-party validators and fixtures live: `../shared/vendor/`, beside the project's root. */
export const VENDOR = fileURLToPath(new URL("../../../shared/vendor", import.meta.url));

/**
 * The vendor folder, or one clear error naming it when it is missing. Tests that validate exports
 * against the QTI 3.0 XSD, Moodle's GIFT fixtures or the xAPI schema call this at load time.
 *
 * @example
 * const xsd = `${vendorDir()}/qti3/xsd/imsqti_asiv3p0_sbacv1p0_v1p0.xsd`;
 */
export function vendorDir(): string {
  if (!existsSync(VENDOR))
    throw new Error(
      `The third-party validators and fixtures are missing: expected the folder ${VENDOR} ` +
        "(../shared/vendor beside the project's root). See CONTRIBUTING.md, 'Vendor files'.",
    );
  return VENDOR;
}
