"""Naming a heading of a Word report: which category, item, clause, profile section or part
of the package its number, title, letter or place in a run of ordinals points at.

:class:`Namer` holds where the reading is (the item, the current destination, the runs of
ordinals) because a letter "b)" or an ordinal "3." means something only there; plan.py
follows the document and moves that position. Part titles of the package are known here
too: 组织概述 and 自我评价报告 are entities of the index (matching.py), 证实性材料 and 附件 a
part whose contents are a list of files, not the text of any clause.
"""

from __future__ import annotations

from excellence_app.core.framework import Framework, clause_label
from excellence_app.export.docx_import.document import SourceBlock
from excellence_app.export.docx_import.editions import EVIDENCE_TITLES, ONLY_2004, PROFILE_NAMES
from excellence_app.export.docx_import.headings import Cue, read_cue
from excellence_app.export.docx_import.mapping import Dest
from excellence_app.export.docx_import.matching import MATCH, NEAR, WEAK, Found, Index, normalise, similarity

# The kinds of ordinal a part of a document is numbered with: 一、 and 第一部分 (headings.py
# folds every numeral to 一).
PART_ORDINALS = ("一、", "第一部分", "第一篇", "第一章")


class Namer:
    def __init__(self, fw: Framework, blocks: list[SourceBlock]) -> None:
        self.fw = fw
        self.index = Index(fw)
        self.blocks = blocks
        self.cues = {b.number: read_cue(b) for b in blocks}
        self.edition = self._edition()
        self.item: str | None = None  # the item the text is in, for letters and holding
        self.dest: Dest | None = None
        self.by_lead = False  # the current clause was reached by a run-in letter
        self.runs: dict[str, tuple[int, str]] = {}  # ordinal kind → (its number, the clause it named)

    # --- which numbering --------------------------------------------------------------------
    def _edition(self) -> str:
        votes = {"2012": 0, "2004": 0}
        for cue in self.cues.values():
            if cue is None or not cue.number:
                continue
            if cue.number in ONLY_2004:
                votes["2004"] += 1
                continue
            if not cue.title:
                continue
            scores = {
                edition: self.index.score(eid, cue.title)
                for edition, eid, _ in self.index.number_candidates(cue.number, cue.letter)
            }
            s12, s04 = scores.get("2012", 0.0), scores.get("2004", 0.0)
            if s04 >= MATCH and s04 > s12:
                votes["2004"] += 1
            elif s12 >= MATCH and s12 > s04:
                votes["2012"] += 1
        return "2004" if votes["2004"] > votes["2012"] else "2012"

    # --- naming a heading -------------------------------------------------------------------
    def resolve(self, cue: Cue) -> Found | None:
        if cue.number:
            return self._by_number(cue)
        if cue.profile:
            return self._by_profile(cue)
        if cue.strength == "lead":
            return self._by_letter(cue)
        if cue.strength == "bold-lead":  # a bold phrase opening a paragraph: only the clauses in view
            within = self.index.children(self.item) if self.item else {s.id for s in self.fw.profile_sections}
            return self._by_title(cue.title, within, "按标题", "by title")
        found = self._by_title(cue.title, None, "按标题", "by title")
        if found is None and cue.strength == "ordinal":
            found = self._by_sequence(cue)
        if found is None and cue.looks and self.item:
            found = self._near(cue.title)
        if found is not None and cue.strength == "ordinal" and found.entity.kind == "clause":
            self.runs[cue.series] = (cue.nth, found.entity.id)
        return found

    def _by_sequence(self, cue: Cue) -> Found | None:
        """ "3. 公益活动" after "1. 公共责任" and "2. 道德行为" named 4.1.4.1 and 4.1.4.2: the
        next clause of the item, though its words differ from ours."""
        last = self.runs.get(cue.series)
        if last is None or cue.nth != last[0] + 1 or not self.item:
            return None
        clauses = [c.id for c in self.fw.item(self.item).clauses]
        if last[1] not in clauses or clauses.index(last[1]) + 1 >= len(clauses):
            return None
        following = clauses[clauses.index(last[1]) + 1]
        label = clause_label(last[1])
        return Found(
            self.index.by_id[following], 0.6, f"按序号，接在 {label} 之后", f"by its number, after {label}"
        )

    def _near(self, title: str) -> Found | None:
        """A heading in the category being read, close to one of its titles though not close
        enough anywhere ("顾客满意度" under 4.7 is 4.7.3.1 顾客满意与忠诚结果)."""
        category = self.index.scope_of.get(self.item or "", "")
        best = self.index.best_by_title(title, self.index.children(category)) if category else None
        if best and best[1] >= NEAR:
            return Found(
                best[0], best[1], f"按标题，类目 {category} 中最接近", f"by title, the closest in {category}"
            )
        return None

    def _by_title(self, title: str, within: set[str] | None, zh: str, en: str) -> Found | None:
        scoped = None
        if within is None and self.item:
            scoped = self.index.best_by_title(title, self.index.children(self.item) | {self.item})
        best = self.index.best_by_title(title, within)
        if scoped and best and scoped[1] >= MATCH and scoped[1] >= best[1] - 0.05:
            best = scoped
        if best and best[1] >= MATCH:
            return Found(best[0], best[1], zh, en)
        return None

    def _pick(self, cands: list[tuple[str, str, str]]) -> tuple[str, str, str]:
        order = ("2004", "2012", "1.0") if self.edition == "2004" else ("2012", "1.0", "2004")
        return min(cands, key=lambda c: order.index(c[0]))

    def _by_number(self, cue: Cue) -> Found | None:
        cands = self.index.number_candidates(cue.number, cue.letter)
        if not cands and cue.letter:
            cands = self.index.number_candidates(cue.number, "")
        if cue.title:
            scored = sorted(
                ((self.index.score(eid, cue.title), c) for c in cands for eid in [c[1]]), reverse=True
            )
            if scored and scored[0][0] >= MATCH:
                _, eid, how = scored[0][1]
                return Found(
                    self.index.by_id[eid], scored[0][0], f"按编号和标题，{how}", f"by number and title, {how}"
                )
            titled = self._by_title(
                cue.title, None, "按标题（编号与准则不符）", "by title (the number does not fit)"
            )
            if titled and titled.entity.kind in ("category", "item", "clause"):
                return titled
            if not cands or not (cue.looks or scored[0][0] >= WEAK):
                return None
            _, eid, how = self._pick(cands)
            return Found(
                self.index.by_id[eid], 0.5, f"按编号，{how}；标题不同", f"by number, {how}; the title differs"
            )
        if not cands:
            return None
        _, eid, how = self._pick(cands)
        return Found(self.index.by_id[eid], 0.5, f"按编号，{how}", f"by number, {how}")

    def _by_profile(self, cue: Cue) -> Found | None:
        key = PROFILE_NAMES.get(cue.profile, cue.profile)
        entity = self.index.by_id.get(key)
        if entity is None or entity.kind not in ("profile", "group"):
            return self._by_title(cue.title, None, "按标题", "by title") if cue.title else None
        if cue.title and self.index.score(key, cue.title) < WEAK and not cue.looks:
            return None
        return Found(entity, 0.9, f"按编号 {cue.profile}", f"by number {cue.profile}")

    def _by_letter(self, cue: Cue) -> Found | None:
        if not self.item:
            return None
        clause_id = self.item + cue.letter
        entity = self.index.by_id.get(clause_id)
        titled = self._by_title(
            cue.title, self.index.children(self.item), "按引导语标题", "by the lead's title"
        )
        if titled is not None and titled.entity.kind == "clause":
            return titled
        if entity is None:
            return None
        current = self.dest[1] if self.dest and self.dest[0] == "clause" else ""
        forward = not current.startswith(self.item) or current[-1:] < cue.letter
        sure = self.index.score(clause_id, cue.title) >= WEAK or self.by_lead or not current
        if forward and sure:
            return Found(entity, 0.8, f"按引导字母 {cue.letter})", f"by the lead letter {cue.letter})")
        return None

    # --- parts of the package -----------------------------------------------------------------
    def is_evidence_part(self, block: SourceBlock, cue: Cue) -> bool:
        """A part title naming the evidence (三、证实性材料, 附件): our part style, a heading
        at the top level, or an ordinal of the parts. A bold "证实性材料" line inside an item
        is no part: it stays where it is."""
        if cue.rest or not self.is_part_level(block, cue):
            return False
        title = normalise(cue.title)
        return any(similarity(title, normalise(t)) >= MATCH for t in EVIDENCE_TITLES)

    def is_part_level(self, block: SourceBlock, cue: Cue) -> bool:
        """A heading at the level of the document's parts."""
        return block.role == "part" or block.heading_level in (0, 1) or cue.series in PART_ORDINALS

    def stays_text(self, block: SourceBlock, cue: Cue, found: Found, styled: bool) -> bool:
        """Whether a heading-like line inside a clause (or profile section) that a real,
        styled heading opened is the clause's own text after all. Such a clause ends only at
        another real heading, a typed number (4.1.3) or an explicit marker — "b)", "（二）",
        "2." — that names another clause of the same item (or another profile section). A
        bold lead without a marker ("**改进、创新和学习。** …") is text, so is an item of a
        Word list (its number is the list's), and so is a marked lead naming something
        elsewhere ("（一）组织治理：…" in 4.1.2 b))."""
        dest = self.dest
        if not styled or dest is None or dest[0] not in ("clause", "profile"):
            return False
        if block.heading_level is not None or cue.strength == "numbered":
            return found.entity.id == dest[1] and bool(cue.rest)  # the heading it is under
        if block.kind == "list" or cue.strength not in ("ordinal", "lead"):
            return True  # a list item of the clause (its number is Word's), a bold lead
        entity = found.entity
        if entity.id == dest[1]:
            return True
        if dest[0] == "profile":
            return entity.kind != "profile"
        return entity.kind != "clause" or entity.item_id != self.item
