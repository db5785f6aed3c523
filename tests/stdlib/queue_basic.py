# queue: Queue, LifoQueue, PriorityQueue, SimpleQueue, Empty/Full, task_done/join
import queue, threading

q = queue.Queue()
for i in range(3): q.put(i)
print(q.qsize(), q.empty(), q.full(), [q.get() for _ in range(3)], q.empty())
try: q.get_nowait()
except queue.Empty as e: print("Empty", repr(e))
try: q.get(timeout=0.01)
except queue.Empty: print("Empty after timeout")
try: q.get(timeout=-1)
except ValueError as e: print("ValueError:", e)

b = queue.Queue(maxsize=2)
b.put(1); b.put_nowait(2)
print(b.full(), b.qsize(), b.maxsize)
try: b.put_nowait(3)
except queue.Full as e: print("Full", repr(e))
try: b.put(3, timeout=0.01)
except queue.Full: print("Full after timeout")
try: b.put(3, block=False)
except queue.Full: print("Full non-blocking")

lq = queue.LifoQueue()
for x in "abc": lq.put(x)
print([lq.get() for _ in range(3)])
pq = queue.PriorityQueue()
for x in [(3, "c"), (1, "a"), (2, "b"), (0, "z")]: pq.put(x)
print([pq.get_nowait() for _ in range(4)])

sq = queue.SimpleQueue()
sq.put(1); sq.put_nowait(2)
print(sq.qsize(), sq.empty(), sq.get(), sq.get_nowait(), sq.empty())
try: sq.get(block=False)
except queue.Empty: print("SimpleQueue Empty")
try: sq.get(timeout=0.01)
except queue.Empty: print("SimpleQueue Empty after timeout")

# producer / consumer with task_done and join
work = queue.Queue()
results = []
lock = threading.Lock()
def worker():
    while True:
        item = work.get()
        if item is None:
            work.task_done()
            break
        with lock:
            results.append(item * item)
        work.task_done()
ts = [threading.Thread(target=worker) for _ in range(3)]
for t in ts: t.start()
for i in range(20): work.put(i)
work.join()
print(sorted(results) == [i * i for i in range(20)], work.unfinished_tasks)
for _ in ts: work.put(None)
for t in ts: t.join()
try: work.task_done()
except ValueError as e: print("ValueError:", e)

# a bounded queue blocks the producer until the consumer catches up
bq = queue.Queue(1)
got = []
def cons():
    for _ in range(5): got.append(bq.get())
c = threading.Thread(target=cons); c.start()
for i in range(5): bq.put(i)
c.join(); print(got)
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
print(queue.Queue[int], queue.SimpleQueue[str])
