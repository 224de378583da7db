"""For assistants and firms beyond the command line: the MCP server (`patentcheck mcp`)
and the portfolio page (`patentcheck serve`). Both need the ``agents`` extra."""
