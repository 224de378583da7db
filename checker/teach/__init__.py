"""Teaching the law: English summaries beside the text, consequences, examples, the quiz."""
