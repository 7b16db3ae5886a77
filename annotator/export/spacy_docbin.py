"""`--format spacy`: the binary `.spacy` files (`DocBin`) that `spacy train` reads, as
`prodigy data-to-spacy` writes them: `train.spacy` and `dev.spacy` (and `test.spacy` with
three shares), a `config.cfg` for a French `textcat`, and a README with the command.

One `Doc` per sentence with a gold label, its `cats` one-hot over the scheme's labels
(exclusive classes). Needs spaCy (`pip install 'claim-annotator[nlp]'`); imported only here.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from annotator.errors import ExportError
from annotator.export.models import ExportRecord
from annotator.export.writers import ExportOptions, Written
from annotator.records import LabelScheme

FILES = frozenset({"train.spacy", "dev.spacy", "test.spacy", "config.cfg"})
DEFAULT_SPLIT = (0.8, 0.2)
"""`spacy train` needs a dev set: without `--split`, 80 % train, 20 % dev, by article."""


def _spacy() -> tuple[Any, Any]:
    try:
        import spacy
        from spacy.tokens import DocBin
    except ImportError:
        raise ExportError(
            "--format spacy needs spaCy: pip install 'claim-annotator[nlp]' "
            "(or --format spacy-jsonl for its JSONL form)"
        ) from None
    return spacy, DocBin


def write_docbin(
    records: Iterable[ExportRecord], folder: Path, scheme: LabelScheme, options: ExportOptions
) -> Written:
    spacy, DocBin = _spacy()  # noqa: N806 (spaCy's class)
    from spacy.cli.init_config import init_config

    nlp = spacy.blank("fr")
    splits = options.splits
    bins = {split: DocBin(store_user_data=False) for split in splits}
    counts = dict.fromkeys(splits, 0)
    written = Written()
    for record in records:
        gold = record.gold.label
        if gold is None:  # textcat needs a category: unresolved sentences cannot train it
            continue
        assert options.split_of is not None
        split = options.split_of.get(record.article_id, options.splits[0])
        doc = nlp.make_doc(record.text)
        doc.cats = {name: 1.0 if name == gold else 0.0 for name in scheme.names}
        bins[split].add(doc)
        counts[split] += 1
        written.lines += 1
        written.sentences += 1
        written.labels += len(record.labelled)
    written.splits = counts
    for split, docs in bins.items():
        docs.to_disk(folder / f"{split}.spacy")
    config = init_config(lang="fr", pipeline=["textcat"], optimize="efficiency", gpu=False)
    config.to_disk(folder / "config.cfg")
    dev = "dev" if "dev" in splits else splits[1]
    (folder / "README.md").write_text(
        f"""# claim-annotator export for spaCy ({scheme.name})

{", ".join(f"{split}.spacy: {counts[split]} sentences" for split in splits)}; split by
article (no article in two splits). Labels (exclusive): {", ".join(scheme.names)}.

Train a text classifier:

```sh
python -m spacy train {folder.name}/config.cfg --paths.train {folder.name}/train.spacy \\
    --paths.dev {folder.name}/{dev}.spacy --output model/
```
""",
        encoding="utf-8",
    )
    return written
