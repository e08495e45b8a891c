"""A GIN index on the posts' search vectors, on PostgreSQL only (SQLite searches with icontains)."""

from django.db import migrations


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("CREATE INDEX IF NOT EXISTS community_post_search_gin ON community_post USING gin (search)")


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS community_post_search_gin")


class Migration(migrations.Migration):
    dependencies = [("community", "0001_community")]

    operations = [migrations.RunPython(create_index, drop_index)]
