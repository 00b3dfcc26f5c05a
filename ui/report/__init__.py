"""The Report step: the PDF preview, saving, printing and the spreadsheet."""
