"""Local synthesis of release data: k-anonymous (2021 release) and differentially private (2022 release)."""
