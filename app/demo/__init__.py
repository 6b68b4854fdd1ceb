"""Demo data: a fresh home filled with realistic fictional tenants, so anyone can try the program at once.

``portierato demo`` calls :func:`app.demo.seeder.fill_demo`. It configures the laptop when it is new (desk
CEL), adds the demo operators of every role (:data:`app.demo.accounts.DEMO_ACCOUNTS`, printed by the command
and shown in the README) and the partner organisations of the neighbourhood networks, and fills the
registry: SAP households in the streets of the three desks' neighbourhoods and a few others, their members
with Italian and foreign names, ISEE attestations, arrears and incomes spread so that every screen and every
rule (for example the L.1 heating contribution range) has cases to show. Then six months of the desks' work
up to yesterday: visits with their topics, referrals and follow-ups, privacy notices and the funder's
participant data of the persons seen, appointments (the past ones attended or missed, the desks' coming
openings booked, today's included) and group activities with their attendance. Then the tenant manager's
repayment plans of households in arrears, in every state and aging bucket, with their payments and
decisions. Last, the heating contribution of action L.1 in its programme years: applications in every state
at the three desks, grants, payments with their numbered receipts, and tenants informed from the outreach
lists.

Everything is fictional by construction: names are drawn at random from common first names and surnames,
birth dates are random, so the codici fiscali computed from them (valid in form and check letter, built
with the official rules) belong to nobody in particular; e-mail addresses use the reserved
``example.*`` domains so that no message can ever reach a real mailbox.

The demo is repeatable: the same seed on the same day gives the same data, whatever the hour (today's
openings only have appointments still booked). Each section (registry, visits, participant data,
appointments, activities, plans, contributions) is one function with its own random generator
derived from the seed, so adding a section never changes what the others produce. The registry and the
desks' work are written in one unit of work acting as the demo coordinator, so the audit trail and the site
stamps are those of any other change, and a failure leaves nothing of them half written.

That is why the sections write model objects in that unit of work instead of calling the use cases one
by one (``record_visit``, ``book_appointment``, ``create_activity``...), each of which commits its own
transaction. The use cases also rightly refuse or date "now" what a history needs in the past: an
appointment before now, a follow-up closed or a visit cancelled months ago, participant data asked at the
first visit. The demo builds only what their rules accept otherwise (visits at the desk inside its
openings, appointments inside an opening, attendance of sessions already held), and keeps the moment a
row was first written (``created_at``) when the work happened, as the desk would have recorded it.

The repayment plans and the contributions are the exception: their rules (schedules, allocation of
payments, which decision is allowed when, the household's arrears on closing; eligibility, budget and cap,
gap-free receipt numbers) are many and live in their use cases, so they go through them, one transaction
per step, each taken on its own past day with the clock pinned to it (:func:`app.demo.plans.fill_plans`,
:func:`app.demo.contributions.fill_contributions`), after the unit of work above has been committed. The
registry gives a share of the households the L.1 rules could admit an ISEE in the range for each programme
year (``_shape_for_heating`` in :mod:`app.demo.registry`, with its own generator), so the contributions and
the outreach list have tenants to show.

One module per section, each importing only from those listed before it:

- :mod:`app.demo.accounts`: the laptop's first run, the demo accounts and operators (``configure_laptop``,
  ``ensure_accounts``, ``actor_of``, ``plan_manager``).
- :mod:`app.demo.codice_fiscale`: ``compose_codice_fiscale``.
- :mod:`app.demo.places`: where the tenants live (``NEIGHBOURHOODS``, the buildings of the ``Estate``).
- :mod:`app.demo.people`: who the tenants are (``Origin``, ``draw_origin``, ``draw_composition``,
  ``People``, ``make_members``) and ``day_between``, the random day every section draws.
- :mod:`app.demo.heating_season`: the L.1 terms in force and application seasons (``heating_terms``,
  ``application_season``), read by the registry and the contributions.
- :mod:`app.demo.registry`: ``fill_registry``, with ISEE, arrears, incomes and changes of holder.
- :mod:`app.demo.desk_context`: what the sections after the registry share (``DemoContext``, ``DeskPlace``,
  ``Family``, ``Member``, ``read_context``, ``moment_at``, ``some_time``, ``poisson``).
- :mod:`app.demo.visits`: visits and follow-ups (``fill_visits``).
- :mod:`app.demo.participants`: privacy notices and participant data (``fill_participants``).
- :mod:`app.demo.appointments`: appointments (``fill_appointments``).
- :mod:`app.demo.activities`: group activities and the partner organisations (``fill_activities``,
  ``DEMO_PARTNERS``, ``ensure_partners``).
- :mod:`app.demo.plans`: repayment plans (``fill_plans``, and ``on_day``, which pins the clock).
- :mod:`app.demo.contributions`: the L.1 contribution and the outreach (``fill_contributions``).
- :mod:`app.demo.seeder`: the entry point on top of them all (``fill_demo``, ``DemoReport``, ``DemoRefused``,
  ``MAX_HOUSEHOLDS``).

The package itself re-exports nothing: ``from app.demo.seeder import fill_demo`` is the way in.
"""
