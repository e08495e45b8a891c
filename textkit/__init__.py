"""Pure text helpers shared by the anonymiser, the rule engine and triage (stdlib only).

- `folding`: accent and case folding for lookups (`fold`, `strip_accents`), and `ascii_fold` for matching by meaning;
- `literals`: required literals of a regex, to skip regexes that cannot match a text;
- `fastmatch`: one regex guarded by its needles (`FastRx`, `needles_of`), the rule engine's lexicon pre-filter;
- `shapes`: e-mail, URL and handle shapes, with the top-level-domain and webmail lists (the anonymiser's, and
  the rule engine's for answers: `LINK`, `TLD_HINT`, `EMAIL_SPOKEN`, `WEBMAIL_SPOKEN`, `HANDLE_LONG`);
- `lists`: the shared data files (`data/*.txt`, one entry a line, `#` comments);
- `labels`: the identifier categories the anonymiser finds and the engine's identifiers rule names;
- `jsonl`: one JSON object per input line, malformed lines reported the same way everywhere.
"""
