"""Articles in: files and folders of text, Markdown, HTML and JSON read into the articles table."""
