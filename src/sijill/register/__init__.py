"""The register: documents and claims stored with evidence, resolved across documents, queried."""
