"""Patient-portal tasks.

A question's case opens in the patient's own "Send to the doctors" request (patient_portal.asking),
not in a task: nothing reaches the queue before the patient confirms, and nothing is left to resume.
The answer e-mail goes through the outbox (bridge.outbox). This module stays for Celery's autodiscovery.
"""
