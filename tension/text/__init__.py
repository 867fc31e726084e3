"""Text processing: tokenization, sentences, dates, event extraction and bulk scoring."""
