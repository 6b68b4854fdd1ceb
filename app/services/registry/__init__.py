"""The tenant registry: households, persons, their forms and codici fiscali, ISEE, search and imports."""
