"""Resolution: mentions to actors of the knowledge base. Pure, like extract: no database."""
