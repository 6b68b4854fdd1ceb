"""The desk's work: visits, follow-ups, appointments, group activities and the desk's day."""
