import type { Lesson } from "civics-lessons";

/** Vocabulary with plain definitions. */
export const keyTerms = [
  {
    term: "Third-country removal",
    definition: `\
Sending a noncitizen to a country that is neither the United States nor the country named in the \
person's removal order.`,
    sourceIds: ["dhs-v-dvd", "dvd-merits-2026"],
  },
  {
    term: "Removal order",
    definition: `\
A decision, usually by an immigration judge, that a noncitizen must leave the United States; it \
normally names the country of removal.`,
    sourceIds: ["jama-v-ice"],
  },
  {
    term: "Withholding of removal",
    definition: `\
A mandatory bar on removing a person to a particular country where their life or freedom would \
more likely than not be threatened on a protected ground. It covers that country only.`,
    sourceIds: ["ina-withholding"],
  },
  {
    term: "Convention Against Torture (CAT)",
    definition: `\
A treaty the United States ratified in 1994. Its Article 3 bars sending anyone to a state where \
there are substantial grounds to believe they would be tortured.`,
    sourceIds: ["cat", "farra-2242"],
  },
  {
    term: "Non-refoulement",
    definition: `\
The principle that a country may not send a person to a place where they would face persecution or \
torture, whether directly or through another country.`,
    sourceIds: ["cat", "farra-2242"],
  },
  {
    term: "Onward removal",
    definition: `\
A receiving country's decision to send a person on to another country, such as the person's home \
country.`,
    sourceIds: ["ghana-onward-removal-2025"],
  },
  {
    term: "Diplomatic assurances",
    definition: "Promises from a receiving government that a person sent there will not be persecuted or tortured.",
    sourceIds: ["dvd-merits-2026", "un-experts-july-2025"],
  },
  {
    term: "Meaningful notice",
    definition: `\
Notice of the destination given early enough, and clearly enough, that a person can raise a claim \
of danger before removal.`,
    sourceIds: ["dvd-merits-2026", "dvd-injunction-2025"],
  },
  {
    term: "Class action",
    definition: "A lawsuit brought by a few people on behalf of a larger group in the same situation.",
    sourceIds: ["dvd-injunction-2025"],
  },
  {
    term: "Stay pending appeal",
    definition: `\
A court order pausing another court's order while an appeal goes on. It does not decide who is \
right.`,
    sourceIds: ["dhs-v-dvd", "dvd-first-circuit-stay-2026"],
  },
  {
    term: "Asylum Cooperative Agreement",
    definition: `\
An agreement under which the United States may send some asylum seekers to a partner country to \
seek protection there instead.`,
    sourceIds: ["aca-rule-2019", "state-dept-aca-2021"],
  },
  {
    term: "Safe Third Country Agreement",
    definition: `\
The 2002 U.S.-Canada agreement under which asylum seekers at the land border generally must seek \
protection in the first of the two countries they reach.`,
    sourceIds: ["stca-2002"],
  },
] satisfies Lesson["keyTerms"];

/** The reading, in order. */
export const sections = [
  {
    id: "destinations",
    heading: "Where may the United States send someone?",
    body: `\
When an immigration judge orders a noncitizen removed from the United States, the order usually \
names a country, most often the person's own. A **third-country removal** sends the person \
somewhere else: to a country that is neither the United States nor the one named in the order.

Federal law sets out the choices in steps. Under 8 U.S.C. § 1231(b)(2), a person is removed first \
to a country he chooses; if that fails, to his country of citizenship; and if that fails, to a \
country with a looser tie, such as the country of his birth. Only if those are "impracticable, \
inadvisable or impossible" may the government pick another country whose government will accept \
him. In *Jama v. Immigration and Customs Enforcement* (2005), the Supreme Court held that the \
earlier steps do not require the destination country to agree in advance.

Protection from danger is tied to a country. **Withholding of removal** bars sending a person to \
the particular country where his life or freedom would be threatened; it does not bar removal \
everywhere. That is why the government can sometimes lawfully send a protected person to a third \
country, and why the choice of that country matters so much.`,
    sourceIds: ["jama-v-ice", "ina-withholding"],
  },
  {
    id: "limits",
    heading: "The limits: persecution and torture",
    body: `\
Two rules limit which third country may be used. First, withholding of removal bars removal to any \
country where the person's life or freedom would more likely than not be threatened because of \
race, religion, nationality, membership in a particular social group or political opinion. Second, \
Article 3 of the **Convention Against Torture** bars sending anyone to a state where there are \
substantial grounds for believing he would be tortured. Congress made that a U.S. policy in 1998, \
in section 2242 of the Foreign Affairs Reform and Restructuring Act (FARRA), "regardless of \
whether the person is physically present in the United States." Both rules apply to a third \
country just as they apply to a home country.

The rules also reach a danger that comes one step later. If a third country simply sends a person \
on to the country he was protected from, the **non-refoulement** principle is at stake again. \
Because these protections work only when a person can raise a claim, the key practical question is \
notice: does the person learn where he is going in time to object?`,
    sourceIds: ["ina-withholding", "cat", "farra-2242"],
  },
  {
    id: "dvd-case",
    heading: "D.V.D. v. DHS: notice before removal",
    body: `\
In February 2025, Immigration and Customs Enforcement (ICE) told its officers to review people it \
was not detaining, including some who had won withholding or CAT protection, for arrest and \
removal to a third country. On March 30, 2025, the Department of Homeland Security (DHS) issued \
guidance: if the United States had received credible **diplomatic assurances** that a country \
would not persecute or torture people sent there, removal could go ahead without further steps.

Noncitizens with final removal orders sued in Massachusetts as a **class action**. On April 18, \
2025, Judge Brian Murphy ordered that, before any third-country removal, the government give \
written notice and a meaningful chance to raise a torture claim. In May he found that a flight \
taking men to South Sudan had violated that order; the plane stopped in Djibouti. On June 23, \
2025, the Supreme Court **stayed** his order, 6–3, while the appeal went on, and on July 3 it said \
the stay also covered his remedy for the South Sudan flight. Justice Kagan, who had dissented in \
June, wrote in July that a lower court cannot enforce an order the Supreme Court has stayed. The \
eight men reached South Sudan on July 5.

The merits came later. On February 25, 2026, Judge Murphy ruled that the DHS policy was unlawful \
and set it aside. People facing removal to a third country, he held, must get **meaningful \
notice** and a chance to object, because no one can raise a claim about a country he has not been \
told about. He doubted the promises the policy relied on, writing that "nobody really knows \
anything about these purported 'assurances.'" The government asked the U.S. Court of Appeals for \
the First Circuit to pause the ruling, arguing that the Supreme Court had twice paused the earlier \
orders and that the ruling would disrupt removals and talks with other countries. In March 2026 \
the First Circuit, 2–1, put the ruling on hold while it heard an expedited appeal; as of the \
newest reports found (March 2026), that appeal was pending.`,
    sourceIds: [
      "ice-directive-feb-2025",
      "dvd-merits-2026",
      "dvd-injunction-2025",
      "bloomberg-dvd",
      "dhs-v-dvd",
      "dhs-v-dvd-clarification-2025",
      "south-sudan-arrival-2025",
      "dvd-stay-motion-2026",
      "dvd-first-circuit-stay-2026",
    ],
  },
  {
    id: "destinations-2025",
    heading: "Where people were sent, 2025–2026",
    body: `\
The South Sudan flight was one of many. According to news reports and the governments involved:

- **South Sudan.** The eight men came from Cuba, Myanmar, Laos, Vietnam, Mexico and South Sudan. \
U.S. officials said they had been convicted of serious crimes and that their home countries had \
refused them. South Sudan said it accepted them as a gesture of goodwill.
- **Eswatini.** Five men from Laos, Cuba, Jamaica, Vietnam and Yemen arrived in July 2025. DHS \
called them criminals "so uniquely barbaric that their home countries refused to take them back." \
Eswatini said it was holding them in prison and would help send them home; the UN migration agency \
said it had not been involved. A third group arrived by March 2026, bringing the total to at least \
19.
- **Ghana.** Fourteen West Africans were flown there on September 5, 2025. Lawyers for some of the \
men said their clients had U.S. protection from return to their home countries, and they sued in \
Washington and in Accra. Ghana's government said in mid-September that all 14 had gone home; the \
men's lawyers said 11 were still held at a military camp, and those 11 were sent on to their home \
countries later that month while the Accra suit was pending. By mid-October 2025 Ghana had received \
42 people from the United States.
- **Rwanda** agreed in August 2025 to take up to 250 people, keeping the right to approve each \
one. The first seven arrived that month; three said they wanted to go home.
- **Uganda** announced in August 2025 that it had concluded an agreement, and said it would not \
accept people with criminal records or unaccompanied minors.
- **Equatorial Guinea** received 29 people, according to a report by Senate committee staff.

By March 2026, the Associated Press counted more than 40 people sent to Africa under largely \
secret agreements with at least seven African countries, among them Cameroon and Equatorial Guinea.

The Ghana cases show why onward removal matters. A person protected from return to Nigeria, for \
example, gains little if a third country sends him to Nigeria days later.`,
    sourceIds: [
      "south-sudan-arrival-2025",
      "south-sudan-statement-2025",
      "eswatini-arrival-2025",
      "eswatini-iom-2025",
      "eswatini-third-group-2026",
      "ghana-onward-removal-2025",
      "ghana-lawsuit-2025",
      "ghana-eleven-sent-home-2025",
      "ghana-second-group-2025",
      "rwanda-agreement-2025",
      "rwanda-arrivals-2025",
      "uganda-agreement-2025",
      "sfrc-report-2026",
    ],
  },
  {
    id: "payments-and-agreements",
    heading: "Paying partners, and older agreements",
    body: `\
Money was part of many arrangements. A report released on February 13, 2026 by the Democratic \
staff of the Senate Foreign Relations Committee said the administration had spent at least $40 \
million to send roughly 300 people to countries other than their own, including lump sums of $4.7 \
million to $7.5 million to Equatorial Guinea, Rwanda, El Salvador, Eswatini and Palau. The report \
called the practice costly, wasteful and poorly monitored. Secretary of State Marco Rubio had \
defended the removals at a Senate hearing: "We don't want gang members in our country." Internal \
administration documents reviewed by the Associated Press listed 47 third-country agreements at \
various stages, 15 of them concluded.

Earlier agreements had a narrower aim: deciding which country hears a person's asylum claim. Under \
the 2002 **Safe Third Country Agreement**, people at the U.S.-Canada land border generally must \
seek protection in the first of the two countries they reach. In 2019 the United States signed \
**Asylum Cooperative Agreements** with Guatemala, El Salvador and Honduras to send some asylum \
seekers to those countries to apply there; the rule carrying them out said the goal was to share \
the handling of hundreds of thousands of asylum claims. A January 2021 report by the Senate \
Foreign Relations Committee's Democratic staff called the agreements unsafe, and the Biden administration \
suspended them in February 2021. In September 2025, DHS Secretary Kristi Noem ratified the 2019 \
rule, and a lawsuit challenging it was revived.`,
    sourceIds: [
      "sfrc-report-2026",
      "stca-2002",
      "immpolicy-guatemala-aca-2019",
      "aca-rule-2019",
      "sfrc-aca-report-2021",
      "state-dept-aca-2021",
      "aca-ratification-2025",
    ],
  },
  {
    id: "views-and-status",
    heading: "Competing views, and what was pending",
    body: `\
The administration's case rests on the statute and on practical need. Congress allowed removal \
beyond a person's home country; many people removed had final orders and serious convictions, and \
some home countries refused to take them back; and promises from receiving governments, officials \
argued, guard against torture.

Critics answer that protection means little without notice, and Judge Murphy's ruling took a \
similar view: he found that the policy ended valid challenges by removing people before they could \
raise them. In July 2025, eleven UN human-rights experts said risks must be judged person by \
person and that assurances from other countries cannot simply be trusted. Lawyers for men sent to \
Ghana argued that onward removals undid U.S. protection orders.

As of the newest reports found (March 2026), the First Circuit appeal was pending, and the numbers \
sent to each country may have changed since.`,
    sourceIds: [
      "dvd-stay-motion-2026",
      "eswatini-arrival-2025",
      "dvd-merits-2026",
      "un-experts-july-2025",
      "ghana-lawsuit-2025",
      "dvd-first-circuit-stay-2026",
    ],
  },
] satisfies Lesson["sections"];
