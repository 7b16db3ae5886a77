"""Import articles: read, segment, store; each file all-or-nothing."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from annotator import ids
from annotator.errors import InputError
from annotator.ingest.boilerplate import is_boilerplate
from annotator.ingest.html import is_url
from annotator.ingest.readers import RawArticle, check_jsonl, expand, read_file, read_url
from annotator.ingest.segment import segment
from annotator.records import Article, Sentence
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
                "only .txt, .jsonl, .html and .htm are read"
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
        sentences.append(
            Sentence(
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


BATCH_SENTENCES = 2_000
"""Sentences per write transaction of an import: a commit every few milliseconds, so a label
key in another terminal waits for at most one batch, never for a whole large file."""


def _batches(raws: Iterable[RawArticle]) -> Iterator[list[RawArticle]]:
    """Whole articles, about `BATCH_SENTENCES` sentences' worth of text at a time."""
    batch: list[RawArticle] = []
    size = 0
    for raw in raws:
        batch.append(raw)
        size += raw.text.count(".") + 1  # a cheap stand-in for the sentence count
        if size >= BATCH_SENTENCES:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


class _IdCheck:
    """Refuses, before anything is written, an id the file gives that is already used by an
    article with another text, in the database or earlier in the file. Keeps a hash of each
    given id's text (not the text): memory stays small on large files."""

    def __init__(self, store: Store, path: Path) -> None:
        self.store = store
        self.path = path
        self.seen: dict[str, int] = {}

    def __call__(self, raw: RawArticle) -> None:
        if raw.id is None:
            return  # derived from the text: the same id means the same text
        digest = hash(raw.text)
        known = self.seen.get(raw.id)
        if known is None:
            text = self.store.article_text(raw.id)
            known = hash(text) if text is not None else None
        if known is not None and known != digest:
            raise InputError(
                self.path,
                f"article id {raw.id!r} is already used by an article with another "
                "text; give this one another id (or none: ids are then derived from the text)",
                line=raw.line,
            )
        self.seen[raw.id] = digest


def import_file(
    store: Store,
    path: Path | str,
    report: ImportReport,
    progress: Callable[[int], None] | None = None,
    *,
    group: bool = True,
) -> None:
    """Read, segment and store one file: all of it, or none of it.

    The whole file is checked before anything is written (every line of a JSONL file, read
    once, line by line); its articles are then read again and stored in short transactions
    of whole articles (`BATCH_SENTENCES`), so other writers (annotators labelling meanwhile)
    are never held up for long, and memory holds one batch, whatever the file's size. If
    storing fails half-way (a full disk), the articles this file added are taken out again.
    `progress` hears the file's bytes in steps. With `group` off, its sentences are left for
    the caller to group (`repeat_rows.index_missing`).
    """
    if isinstance(path, str):  # a URL: fetched and extracted
        size, check = 0, _IdCheck(store, Path(path))
        raws_of_url = read_url(path)
        for raw in raws_of_url:
            check(raw)
        _store_raws(store, raws_of_url, len(raws_of_url), size, report, progress, group)
        return
    if store.is_database_file(path):  # reading it with Python's I/O would drop SQLite's locks
        raise InputError(path, "is the database itself, not an article file")
    size = file_size(path)
    check = _IdCheck(store, path)
    raws: Iterable[RawArticle]
    if path.suffix.lower() == ".jsonl":
        checked = check_jsonl(path, on_article=check)
        raws, count = checked.articles(), checked.count
    else:
        articles = read_file(path)
        for raw in articles:
            check(raw)
        raws, count = articles, len(articles)
    _store_raws(store, raws, count, size, report, progress, group)


def _store_raws(
    store: Store,
    raws: Iterable[RawArticle],
    count: int,
    size: int,
    report: ImportReport,
    progress: Callable[[int], None] | None,
    group: bool = True,
) -> None:
    """Store checked articles in short transactions; all of them or, on failure, none."""
    from annotator.store import repeat_rows

    added_ids: list[str] = []
    duplicates = sentences = 0
    told = done = 0
    try:
        for batch in _batches(raws):
            built = [build(raw) for raw in batch]
            with store.transaction():
                new: list[tuple[str, str]] = []
                for (article, article_sentences), raw in zip(built, batch, strict=True):
                    if store.add_article(article, article_sentences, raw.page):
                        added_ids.append(article.id)
                        sentences += len(article_sentences)
                        new += [(s.id, s.text) for s in article_sentences]
                    else:
                        duplicates += 1
                if group:
                    repeat_rows.assign(store, new)  # grouped with what is there, same transaction
            done += len(batch)
            if progress:
                step = size * done // count - told
                told += step
                progress(step)
    except BaseException:
        _undo(store, added_ids)
        raise
    report.files += 1
    report.articles += len(added_ids)
    report.sentences += sentences
    report.duplicates += duplicates


def _undo(store: Store, article_ids: list[str]) -> None:
    """Take out what a failed import added: its articles, and their repeat groups (an
    article someone labelled meanwhile stays, grouped again)."""
    from annotator.store import repeat_rows

    rows = [(s.id, s.text) for a in article_ids for s in store.sentences_of(a)]
    with store.transaction():
        repeat_rows.forget(store, [sentence_id for sentence_id, _t in rows])
    store.remove_new_articles(article_ids)
    kept = [(i, t) for i, t in rows if store.sentence(i) is not None]
    if kept:
        with store.transaction():
            repeat_rows.assign(store, kept)


SMALL_FILE_BYTES = 256_000
"""A .txt or .html file up to this size is read whole and stored together with other small
files, several to a transaction: a folder of ten thousand pages is not ten thousand commits."""


def _read_small(store: Store, path: Path) -> list[RawArticle]:
    """A small file's articles, read and checked (nothing written)."""
    if store.is_database_file(path):
        raise InputError(path, "is the database itself, not an article file")
    articles = read_file(path)
    check = _IdCheck(store, path)
    for raw in articles:
        check(raw)
    return articles


def _store_small(
    store: Store,
    pending: list[tuple[Path, list[RawArticle]]],
    report: ImportReport,
    progress: Callable[[int], None] | None,
    group: bool = True,
) -> None:
    """Store several small files in one transaction. Each file is still all or nothing: if
    the shared transaction fails, none of them is in, and they are stored again one by one,
    so that only the file that fails is missing (and its error raised, as it would alone)."""
    from annotator.store import repeat_rows

    if not pending:
        return
    added: list[tuple[int, int]] = []  # per file: articles, sentences
    duplicates = 0
    try:
        with store.transaction():
            new: list[tuple[str, str]] = []
            for _path, raws in pending:
                articles = sentences = 0
                for raw in raws:
                    article, article_sentences = build(raw)
                    if store.add_article(article, article_sentences, raw.page):
                        articles += 1
                        sentences += len(article_sentences)
                        new += [(x.id, x.text) for x in article_sentences]
                    else:
                        duplicates += 1
                added.append((articles, sentences))
            if group:
                repeat_rows.assign(store, new)
    except Exception:
        for path, raws in pending:
            _store_raws(store, raws, len(raws), file_size(path), report, progress, group)
        return
    report.files += len(pending)
    report.articles += sum(a for a, _s in added)
    report.sentences += sum(n for _a, n in added)
    report.duplicates += duplicates
    if progress:
        for path, _raws in pending:
            progress(file_size(path))


def import_paths(
    store: Store,
    paths: Sequence[str | Path],
    *,
    progress: Callable[[int], None] | None = None,
    on_error: Callable[[InputError], None] | None = None,
    on_grouping: Callable[[int], None] | None = None,
) -> ImportReport:
    """Import every file under `paths` (and every http(s) URL among them). `progress` gets
    the bytes done, in steps; `on_error` hears each failed file as it happens (the report
    keeps them all); `on_grouping` hears the project's sentence count when the one-pass
    grouping below starts.

    Repeat groups: an import groups its sentences as it stores them, batch by batch, with
    what is there; a large first import (`_bulk_grouping`) stores them all first and groups
    the whole project at the end in one pass (`repeat_rows.rebuild`: three times faster for
    170,000 sentences). Sentences an interrupted import left ungrouped are grouped at the
    start of the next one."""
    from annotator.store import repeat_rows

    repeat_rows.index_missing(store)
    group = not _bulk_grouping(store, paths)
    report = ImportReport()
    pending: list[tuple[Path, list[RawArticle]]] = []
    pending_size = 0

    def failed(error: InputError) -> None:
        report.errors.append(error)
        if on_error:
            on_error(error)

    def flush() -> None:
        nonlocal pending, pending_size
        batch, pending, pending_size = pending, [], 0
        _store_small(store, batch, report, progress, group)

    for item in _items(paths, report.skipped):
        if isinstance(item, InputError):
            failed(item)
            continue
        if (
            isinstance(item, Path)
            and item.suffix.lower() != ".jsonl"
            and file_size(item) <= SMALL_FILE_BYTES
        ):
            try:
                raws = _read_small(store, item)
            except InputError as error:
                failed(error)
                if progress:
                    progress(file_size(item))
                continue
            pending.append((item, raws))
            pending_size += sum(raw.text.count(".") + 1 for raw in raws)
            if pending_size >= BATCH_SENTENCES:
                flush()
            continue
        flush()  # files stay in the order given
        told = 0

        def tell(step: int) -> None:
            nonlocal told
            told += step
            if progress:
                progress(step)

        try:
            import_file(store, item, report, tell, group=group)
        except InputError as error:
            failed(error)
        if progress and isinstance(item, Path) and file_size(item) > told:
            progress(file_size(item) - told)  # a file that failed before the end
    flush()
    if not group and report.sentences:
        if on_grouping:
            on_grouping(store.sentence_count())
        repeat_rows.rebuild(store)
    return report


BULK_GROUPING = 2_000
"""Sentences (estimated from the input's size) from which an import groups the project again
at the end rather than as it goes (see `_bulk_grouping`). Measured on synthetic French news
into an empty project: 11,800 sentences 2.0 s -> 1.3 s, 168,000 sentences 59 s -> 20 s; at
700 sentences both take 0.09 s."""
BYTES_PER_SENTENCE = 150
"""French news: about 150 bytes of text (UTF-8, markup aside) per sentence."""


def _bulk_grouping(store: Store, paths: Sequence[str | Path]) -> bool:
    """Whether to group in one pass at the end: a large import, larger than the project, and
    nobody labelling yet (the pass holds the write lock while it writes the repeat tables,
    which an annotator's next label would wait for)."""
    estimated = total_size(paths) // BYTES_PER_SENTENCE
    if estimated < BULK_GROUPING:
        return False
    if store.conn.execute("SELECT 1 FROM annotations LIMIT 1").fetchone():
        return False
    (existing,) = store.conn.execute("SELECT COUNT(*) FROM sentences").fetchone()
    return bool(estimated >= existing)


def _items(paths: Sequence[str | Path], skipped: Counter[str]) -> Iterator[Path | str | InputError]:
    """The files under `paths`, with the URLs among them left as strings, in order."""
    for p in paths:
        if isinstance(p, str) and is_url(p):
            yield p
        else:
            yield from expand([Path(p)], skipped)


def file_size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def total_size(paths: Sequence[str | Path]) -> int:
    files = [Path(p) for p in paths if not is_url(p)]
    return sum(file_size(p) for p in expand(files) if isinstance(p, Path))
