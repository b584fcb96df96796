import time
time.slep(1)
