/**
 * The named character references of HTML 4.01 (the set older HTML editors, Moodle's among them,
 * write for accented letters, Greek letters and symbols), plus `&apos;`. Each entry is a name,
 * then `.` and the distance in code points from the previous entry in base 36 when that distance
 * is not 1; entries are in code-point order. Decoded once, on first use.
 */
const TABLE =
  "quot.y,amp.4,apos,lt.l,gt.2,nbsp.2q,iexcl,cent,pound,curren,yen,brvbar,sect,uml,copy,ordf,laquo,not," +
  "shy,reg,macr,deg,plusmn,sup2,sup3,acute,micro,para,middot,cedil,sup1,ordm,raquo,frac14,frac12," +
  "frac34,iquest,Agrave,Aacute,Acirc,Atilde,Auml,Aring,AElig,Ccedil,Egrave,Eacute,Ecirc,Euml,Igrave," +
  "Iacute,Icirc,Iuml,ETH,Ntilde,Ograve,Oacute,Ocirc,Otilde,Ouml,times,Oslash,Ugrave,Uacute,Ucirc,Uuml," +
  "Yacute,THORN,szlig,agrave,aacute,acirc,atilde,auml,aring,aelig,ccedil,egrave,eacute,ecirc,euml," +
  "igrave,iacute,icirc,iuml,eth,ntilde,ograve,oacute,ocirc,otilde,ouml,divide,oslash,ugrave,uacute," +
  "ucirc,uuml,yacute,thorn,yuml,OElig.2b,oelig,Scaron.d,scaron,Yuml.n,fnof.q,circ.8k,tilde.m,Alpha.51," +
  "Beta,Gamma,Delta,Epsilon,Zeta,Eta,Theta,Iota,Kappa,Lambda,Mu,Nu,Xi,Omicron,Pi,Rho,Sigma.2,Tau," +
  "Upsilon,Phi,Chi,Psi,Omega,alpha.8,beta,gamma,delta,epsilon,zeta,eta,theta,iota,kappa,lambda,mu,nu," +
  "xi,omicron,pi,rho,sigmaf,sigma,tau,upsilon,phi,chi,psi,omega,thetasym.8,upsih,piv.4,ensp.5kc,emsp," +
  "thinsp.6,zwnj.3,zwj,lrm,rlm,ndash.4,mdash,lsquo.4,rsquo,sbquo,ldquo.2,rdquo,bdquo,dagger.2,Dagger," +
  "bull,hellip.4,permil.a,prime.2,Prime,lsaquo.6,rsaquo,oline.4,frasl.6,euro.2w,image.2t,weierp.7," +
  "real.4,trade.6,alefsym.j,larr.2j,uarr,rarr,darr,harr,crarr.x,lArr.r,uArr,rArr,dArr,hArr,forall.18," +
  "part.2,exist,empty.2,nabla.2,isin,notin,ni.2,prod.4,sum.2,minus,lowast.5,radic.3,prop.3,infin,ang.2," +
  "and.7,or,cap,cup,int,there4.9,sim.8,cong.9,asymp.3,ne.o,equiv,le.3,ge,sub.t,sup,nsub,sube.2,supe," +
  "oplus.e,otimes.2,perp.e,sdot.w,lceil.1v,rceil,lfloor,rfloor,lang.u,rang,loz.io,spades.46,clubs.3," +
  "hearts.2,diams";

let table: Map<string, number> | undefined;

function entityTable(): Map<string, number> {
  if (table) return table;
  table = new Map();
  let code = 0;
  for (const entry of TABLE.split(",")) {
    const [name = "", step] = entry.split(".");
    code += step === undefined ? 1 : Number.parseInt(step, 36);
    table.set(name, code);
  }
  return table;
}

/**
 * Decodes character references (`&eacute;`, `&#233;`, `&#xE9;`) in HTML text. References that
 * name no character are kept as written and passed to `unknown`.
 *
 * @example
 * decodeEntities("caf&eacute; &rsquo; &bogus;", (ref) => console.log(ref))
 * //=> "café ’ &bogus;" (and logs "&bogus;")
 */
export function decodeEntities(text: string, unknown: (reference: string) => void): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#[xX][0-9a-fA-F]{1,8}|#[0-9]{1,10}|[a-zA-Z][a-zA-Z0-9]{0,31});/g, (whole, name: string) => {
    let code: number | undefined;
    if (name[0] === "#")
      code = name[1] === "x" || name[1] === "X" ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
    else code = entityTable().get(name);
    if (code === undefined || code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
      unknown(whole);
      return whole;
    }
    return String.fromCodePoint(code);
  });
}
