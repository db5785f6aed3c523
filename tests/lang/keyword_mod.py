import keyword
print(keyword.kwlist, keyword.softkwlist, keyword.iskeyword('if'), keyword.iskeyword('match'), keyword.issoftkeyword('match'), len(keyword.kwlist))
