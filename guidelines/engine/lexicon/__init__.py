"""Built-in word lists of the rule kinds (EN/FR).  Reviewable data: committees extend them by params.

Split by the kinds that use them; ``lexicon.X`` names every list.
"""

from __future__ import annotations

from guidelines.engine.lexicon.clinical import *  # noqa: F403
from guidelines.engine.lexicon.conduct import *  # noqa: F403
from guidelines.engine.lexicon.contact import *  # noqa: F403
from guidelines.engine.lexicon.stance import *  # noqa: F403
