"""The pipeline's stages on DataFrames: extract claims, group articles into stories, align claims
into threads, flag how each thread changed, summarise it, and apply an editor's review."""
