"""Import articles: read, segment, store; each file all-or-nothing."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from annotator import ids
from annotator.errors import InputError
from annotator.ingest.boilerplate import is_boilerplate
from annotator.ingest.readers import RawArticle, expand, read_file
from annotator.ingest.segment import segment
from annotator.models import Article, Sentence
from annotator.store import Store


@dataclass
class ImportReport:
    """What an import did."""

    files: int = 0
    articles: int = 0
    sentences: int = 0
    duplicates: int = 0
    errors: list[InputError] = field(default_factory=list)
    skipped: Counter[str] = field(default_factory=Counter)
    """Files of other types found in folders, by suffix (".pdf": 2)."""

    def summary(self) -> str:
        text = (
            f"{self.articles} article(s), {self.sentences} sentence(s) imported from "
            f"{self.files} file(s); {self.duplicates} duplicate(s) skipped; "
            f"{len(self.errors)} error(s)"
        )
        if self.skipped:
            kinds = ", ".join(f"{count} {suffix}" for suffix, count in self.skipped.most_common())
            text += (
                f"; {sum(self.skipped.values())} file(s) of other types skipped ({kinds}): "
                "only .txt and .jsonl are read"
            )
        return text

    @property
    def found_nothing(self) -> bool:
        """No article was read at all (new or already there): nothing to work on."""
        return self.articles == 0 and self.duplicates == 0


def build(raw: RawArticle) -> tuple[Article, list[Sentence]]:
    """The article and its sentences, with stable ids."""
    article_id = raw.id or ids.article_id(raw.text)
    article = Article(
        id=article_id, title=raw.title, text=raw.text, source=raw.source, meta=raw.meta
    )
    sentences = []
    for position, span in enumerate(segment(raw.text)):
        text = raw.text[span.start : span.end]
        # model_construct: every field is computed here, validation would only cost time
        sentences.append(
            Sentence.model_construct(
                id=ids.sentence_id(article_id, span.start, span.end),
                article_id=article_id,
                position=position,
                start=span.start,
                end=span.end,
                text=text,
                paragraph=span.paragraph,
                boilerplate=is_boilerplate(text),
            )
        )
    return article, sentences


def import_file(
    store: Store,
    path: Path,
    report: ImportReport,
    progress: Callable[[int], None] | None = None,
) -> None:
    """Read, segment and store one file in one transaction: all of it, or none of it.
    `progress` hears the file's bytes in steps, as its articles are segmented (a single large
    JSONL file still moves the bar)."""
    size = file_size(path)
    raws = read_file(path)
    built = []
    told = 0
    for number, raw in enumerate(raws, start=1):
        built.append(build(raw))
        if progress:
            step = size * number // len(raws) - told
            told += step
            progress(step)
    added = duplicates = sentences = 0
    texts: dict[str, str] = {}
    with store.transaction():
        for (article, article_sentences), raw in zip(built, raws, strict=True):
            # the same id with another text is another article: refused, never dropped as a
            # duplicate (an id given in a JSONL file is the user's, not derived from the text)
            known = texts.get(article.id)
            if known is None:
                known = store.article_text(article.id)
            if known is not None and known != article.text:
                raise InputError(
                    path,
                    f"article id {article.id!r} is already used by an article with another "
                    "text; give this one another id (or none: ids are then derived from the text)",
                    line=raw.line,
                )
            texts[article.id] = article.text
            if store.add_article(article, article_sentences):
                added += 1
                sentences += len(article_sentences)
            else:
                duplicates += 1
    report.files += 1
    report.articles += added
    report.sentences += sentences
    report.duplicates += duplicates


def import_paths(
    store: Store,
    paths: Sequence[str | Path],
    *,
    progress: Callable[[int], None] | None = None,
    on_error: Callable[[InputError], None] | None = None,
) -> ImportReport:
    """Import every file under `paths`. `progress` gets the bytes done, in steps;
    `on_error` hears each failed file as it happens (the report keeps them all)."""
    report = ImportReport()
    for item in expand([Path(p) for p in paths], report.skipped):
        if isinstance(item, InputError):
            report.errors.append(item)
            if on_error:
                on_error(item)
            continue
        told = 0

        def tell(step: int) -> None:
            nonlocal told
            told += step
            if progress:
                progress(step)

        try:
            import_file(store, item, report, tell)
        except InputError as error:
            report.errors.append(error)
            if on_error:
                on_error(error)
        if progress and file_size(item) > told:  # a file that failed before the end
            progress(file_size(item) - told)
    return report


def file_size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def total_size(paths: Sequence[str | Path]) -> int:
    return sum(file_size(p) for p in expand([Path(p) for p in paths]) if isinstance(p, Path))
