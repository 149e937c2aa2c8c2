"""Release: the bundle written to the shared drive (records, aggregates, codebook, report, manifest, audit log)."""
