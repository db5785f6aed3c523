from string import Template
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
print(Template('$who likes $what').substitute(who='tim', what='kung pao'))
print(Template('${x}y $$ $z').substitute({'x': 1, 'z': 2}))
t(lambda: Template('$who $x').substitute(who=1))
t(lambda: Template('cost: $ 5').substitute())
t(lambda: Template('a\nb $').substitute())
print(Template('$a ${b} $ $c').safe_substitute(a=1))
print(Template('$a $b').get_identifiers(), Template('$a $').is_valid())
class P(Template): delimiter = '%'
print(P('%x and %%').substitute(x=5))
