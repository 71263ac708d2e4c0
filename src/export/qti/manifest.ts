import { el, render, text } from "../_shared/xml.js";
import { XML_DECLARATION } from "./item.js";
import type { QtiItem } from "./types.js";

const CP_NS = "http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1";
const CP_XSD = "https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqtiv3p0_imscpv1p2_v1p0.xsd";
const XSI_NS = "http://www.w3.org/2001/XMLSchema-instance";

/**
 * The content-package manifest listing every item as an `imsqti_item_xmlv3p0` resource.
 *
 * @example
 * manifestXml("MANIFEST-x", items).includes('type="imsqti_item_xmlv3p0"')
 * //=> true
 */
export function manifestXml(id: string, items: readonly QtiItem[]): string {
  const manifest = el(
    "manifest",
    { xmlns: CP_NS, "xmlns:xsi": XSI_NS, "xsi:schemaLocation": `${CP_NS} ${CP_XSD}`, identifier: id },
    [
      el("metadata", {}, [el("schema", {}, [text("QTI Package")]), el("schemaversion", {}, [text("3.0.0")])]),
      el("organizations"),
      el(
        "resources",
        {},
        items.map((item) =>
          el("resource", { identifier: item.identifier, type: "imsqti_item_xmlv3p0", href: item.href }, [
            el("file", { href: item.href }),
          ]),
        ),
      ),
    ],
  );
  return `${XML_DECLARATION}\n${render(manifest)}\n`;
}
