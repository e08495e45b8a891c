"""Pure text helpers shared by the anonymiser, the rule engine and triage (stdlib only).

- `folding`: accent and case folding for lookups;
- `literals`: required literals of a regex, to skip regexes that cannot match a text;
- `shapes`: e-mail, URL and handle shapes, with the top-level-domain and webmail lists;
- `lists`: the shared data files (`data/*.txt`, one entry a line, `#` comments);
- `labels`: the identifier categories the anonymiser finds and the engine's identifiers rule names;
- `jsonl`: one JSON object per input line, malformed lines reported the same way everywhere.
"""
