"""The schema revisions this program knows, readable without importing Alembic (start-up time)."""

KNOWN_REVISIONS: tuple[str, ...] = (
    "0001_baseline",
    "0002_meeting_uid_attachment_content",
    "0003_distribution_lists_change_log",
    "0004_project_document_content",
    "0005_safe_stored_text",
    "0006_office_documents",
    "0007_contracts_and_continuity",
    "0008_event_registrations",
    "0009_public_website",
    "0010_knowledge_catalogue",
)
"""Every migration in order; a test keeps this equal to the Alembic scripts."""

HEAD = KNOWN_REVISIONS[-1]
