import sys
print('out')
sys.exit('error message to stderr')
