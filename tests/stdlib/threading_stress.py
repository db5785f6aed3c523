# threading/queue under contention: SimpleQueue from several producers, thread names from several threads
import queue, threading
q = queue.SimpleQueue()
N = 5000
def prod(k):
    for i in range(N): q.put((k, i))
ts = [threading.Thread(target=prod, args=(k,)) for k in range(4)]
for t in ts: t.start()
got = [q.get() for _ in range(4 * N)]
for t in ts: t.join()
print(len(got), len(set(got)), q.empty())
names = []
def mk():
    for _ in range(200): names.append(threading.Thread(target=None).name)
ts = [threading.Thread(target=mk) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(len(names), len(set(names)))
