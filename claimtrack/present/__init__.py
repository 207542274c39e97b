"""What a reader sees: Altair charts and their theme, files and notebook output, the HTML report."""
