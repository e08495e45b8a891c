"""Community writes: forum threads and posts, case questions, messages, moderation, notifications.

Every service takes the acting user and refuses anyone who is not a verified doctor
(``community.access.doctor_required``), whatever the caller: page, API, task or shell.
"""
