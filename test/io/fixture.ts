// A small invented article with fact-check verdicts, compiled through the annotation API.
// Every name in it is fictitious.
const TEXT =
  'Mayor Ada Lind said the Halden bridge carries 40,000 cars a day. The city council disputes the figure. Officials reportedly plan a second bridge. The bridge opened in 1998.';

export const PROGRAM = '{ name: claim extractor, kind: program, version: 0.4.1, date: 2026-12-01 }';
export const CURATOR = '{ name: Halden fact desk, kind: curator, date: 2026-12-02 }';

/** The annotation, made by the given annotator (a YAML flow mapping). */
export function haldenAnnotation(annotator = PROGRAM): string {
  return `
article:
  id: halden-bridge
  title: Halden's bridge traffic
  text: "${TEXT}"
  textIsInline: true
  language: en
  url: https://news.example.org/halden-bridge
  published: 2026-11-30
  publisher: halden-gazette
  annotator: ${annotator}
entities:
  halden-gazette: { type: NewsOutlet, label: The Halden Gazette }
  ada-lind: { type: Person, label: Ada Lind, names: [Ada Lind], wikidata: Q4115189 }
  city-council: { type: GovernmentOrganization, label: Halden city council, names: [The city council] }
  halden-bridge: { type: Place, label: Halden bridge, names: [Halden bridge] }
  officials: { type: UnnamedGroup, label: unnamed officials, names: [Officials] }
claims:
  - id: bridge-traffic
    label: The Halden bridge carries 40,000 cars a day
    evidence: Mayor Ada Lind said the Halden bridge carries 40,000 cars a day.
    holder: ada-lind
    verb: said
    channel: statement
    about: [halden-bridge]
    confidence: 0.8
    content: |
      id:halden-bridge schema:description "carries 40,000 cars a day" .
  - id: council-disputes
    label: The city council disputes the traffic figure
    evidence: The city council disputes the figure.
    holder: city-council
    verb: disputes
    opposes: [bridge-traffic]
    content: |
      id:city-council cg:considered claim:bridge-traffic .
  - id: second-bridge
    label: Officials plan a second bridge
    evidence: Officials reportedly plan a second bridge.
    holder: officials
    hedge: reportedly
  - id: bridge-opened
    label: The Halden bridge opened in 1998
    evidence: The bridge opened in 1998.
    holder: article
    about: [halden-bridge]
    content: |
      id:halden-bridge schema:startDate "1998"^^xsd:gYear .
notes:
  - id: traffic-check
    text: Counts published by the road authority give about 22,000 cars a day.
    about: [bridge-traffic]
    verdict: { rating: 2, best: 5, worst: 1, label: Mostly false }
  - id: opening-check
    text: The bridge opened in 1998 and the council does dispute the count.
    about: [bridge-opened, council-disputes]
    verdict: { rating: 5, label: "True" }
  - id: context
    text: The road authority publishes its counts every quarter.
    about: [halden-bridge]
`;
}
