"""The knowledge catalogue on the website: pages per topic and per town size, a page per case,
the initiatives and the Wegweiser; only public, published records; only credited pictures,
each with its credit beside it."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from app.db.database import Database
from app.domain.enums import CaseStatus
from app.domain.models import CatalogueImage, FundingProgramme, Initiative, KnowledgeCase
from tests.demo_day import DEMO_TODAY
from tests.services.test_website import _files, _publish


def test_the_catalogue_pages_hold_only_public_published_records(demo_db: Database,
                                                                tmp_path: Path) -> None:
    with demo_db.unit_of_work() as session:
        case = session.scalars(select(KnowledgeCase).where(
            KnowledgeCase.status == CaseStatus.PUBLISHED, KnowledgeCase.public.is_(True))).first()
        assert case is not None
        case.title = "Ladenlokal <script>alert(1)</script> & Co."
    files = _files(_publish(demo_db, tmp_path / "website"))
    pages = {name: content.decode("utf-8") for name, content in files.items()
             if name.endswith(".html")}
    text = "\n".join(pages.values())
    with demo_db.reading() as session:
        cases = session.scalars(select(KnowledgeCase)).all()
        shown = [c for c in cases if c.public and c.status is CaseStatus.PUBLISHED]
        hidden = [c for c in cases if c not in shown]
        hidden_initiatives = session.scalars(select(Initiative.name).where(
            Initiative.public.is_(False))).all()
        programmes = session.execute(select(FundingProgramme.name, FundingProgramme.public,
                                            FundingProgramme.valid_to)).all()
        images = session.execute(select(CatalogueImage.id, CatalogueImage.case_id,
                                        CatalogueImage.meeting_id, CatalogueImage.credit,
                                        CatalogueImage.caption)).all()
        topics = {c.topic.value for c in shown}
        sizes = {c.town_size.value for c in shown if c.town_size}
        shown_ids = {c.id for c in shown}
        hidden_titles = [c.title for c in hidden]
    assert {"wissen.html", "initiativen.html", "wegweiser.html"} <= pages.keys()
    assert {f"praxis/thema-{topic}.html" for topic in topics} == {
        name for name in pages if name.startswith("praxis/thema-")}
    assert {f"praxis/groesse-{size}.html" for size in sizes} == {
        name for name in pages if name.startswith("praxis/groesse-")}
    assert {f"praxis/{case_id}.html" for case_id in shown_ids} == {
        name for name in pages if name.startswith("praxis/") and name[7:-5].isdigit()}
    assert "Ladenlokal &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co." in text
    assert "<script>" not in text
    for title in hidden_titles:
        assert title not in text, title
    for name in hidden_initiatives:
        assert name not in text
    for name, public, valid_to in programmes:
        listed = public and (valid_to is None or valid_to >= DEMO_TODAY)
        assert (name in pages["wegweiser.html"]) is listed, name
    published = {image_id for image_id, case_id, meeting_id, credit, _caption in images
                 if credit and (case_id in shown_ids or meeting_id is not None)}
    pictures = {name for name in files if name.startswith("bilder/")}
    assert pictures == {f"bilder/bild-{image_id}.png" for image_id in published}
    for image_id, case_id, _meeting_id, credit, caption in images:
        if credit is None:
            assert caption not in text
        elif case_id in shown_ids:
            page = pages[f"praxis/{case_id}.html"]
            assert f"bilder/bild-{image_id}.png" in page and credit in page
