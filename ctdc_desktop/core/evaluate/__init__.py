"""How close synthetic data stays to the data it was made from, and what it gives away."""
