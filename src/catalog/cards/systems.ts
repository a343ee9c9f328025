/** Systems cards: CUDA kernels and asyncio coroutines. */
import type { Card } from './types';

export const SYSTEMS_CARDS: Card[] = [
  {
    id: 'cuda-kernel',
    family: 'systems',
    title: { en: 'CUDA kernel', 'zh-cn': 'CUDA 核函数（kernel）' },
    summary: {
      en: 'A CUDA kernel is a function (__global__) that the GPU runs once per thread: a launch kernel<<<grid, block, sharedMem>>>(…) starts grid × block threads, each computing its own index and handling one element (or a few). Threads are grouped into blocks of up to 1024 that share fast on-chip shared memory; the hardware schedules blocks across the streaming multiprocessors (SMs) in warps of 32. Most ML kernels are limited by memory bandwidth rather than arithmetic, so fusing operations and moving fewer bytes is what makes them fast. From Python you reach this level through torch.utils.cpp_extension.load_inline, Triton, or JAX Pallas.',
      'zh-cn': 'CUDA kernel 是在 GPU 上按线程执行的函数（__global__）：一次启动 kernel<<<grid, block, sharedMem>>>(…) 会创建 grid × block 个线程，每个线程算出自己的下标，处理一个（或几个）元素。线程被分成每块最多 1024 个线程的 block，同一 block 共享片上高速的 shared memory；硬件以 32 个线程的 warp 为单位，把 block 调度到各个流式多处理器（SM）上。大多数 ML kernel 受限于显存带宽而不是算力，所以融合算子、少搬数据才是提速关键。在 Python 里可以通过 torch.utils.cpp_extension.load_inline、Triton 或 JAX Pallas 写到这一层。',
    },
    formula: String.raw`i = \mathrm{blockIdx.x}\cdot\mathrm{blockDim.x} + \mathrm{threadIdx.x},\qquad \mathrm{gridDim.x} = \Big\lceil \frac{n}{\mathrm{blockDim.x}} \Big\rceil,\qquad t \gtrsim \max\Big(\frac{\text{FLOPs}}{P_{\text{peak}}},\ \frac{\text{bytes moved}}{\mathrm{BW}_{\text{mem}}}\Big)`,
    formulaText: 'i = blockIdx.x·blockDim.x + threadIdx.x (guard with if (i < n));  gridDim.x = ⌈n / blockDim.x⌉;  time ≳ max(FLOPs / peak FLOP/s, bytes moved / memory bandwidth)   (roofline: an fp32 c = a + b moves 12 bytes per FLOP, so it is bandwidth-bound)',
    shapes: {
      en: 'A launch is a grid of blocks of threads: grid (gx, gy, gz) × block (bx, by, bz), at most 1024 threads per block, grid x up to 2³¹ − 1. For an elementwise kernel on a tensor of n elements: block = 256 (typical), grid = ⌈n / 256⌉, thread i reads in[i] and writes out[i]. For a 2-D tile (matmul), a 16×16 block computes a 16×16 output tile, staging input tiles in shared memory.',
      'zh-cn': '一次启动是由 block 组成的 grid，block 内是线程：grid (gx, gy, gz) × block (bx, by, bz)，每个 block 最多 1024 个线程，grid 的 x 维最大 2³¹ − 1。对 n 个元素的逐元素 kernel：block 取 256（常见值），grid = ⌈n / 256⌉，第 i 个线程读 in[i]、写 out[i]。二维分块（矩阵乘）时，一个 16×16 的 block 计算 16×16 的输出块，并把输入块先放进 shared memory。',
    },
    params: [
      {
        name: 'blockDim',
        meaning: {
          en: 'Threads per block (second launch argument): a multiple of 32, at most 1024; 128–512 is typical. No default — chosen per launch.',
          'zh-cn': '每个 block 的线程数（启动的第二个参数）：取 32 的倍数，最多 1024；常用 128–512。没有默认值，每次启动自己指定。',
        },
        defaults: {},
      },
      {
        name: 'gridDim',
        meaning: {
          en: 'Blocks in the grid (first launch argument); ⌈n / blockDim⌉ so every element gets a thread, or a fixed count with a grid-stride loop.',
          'zh-cn': 'grid 中的 block 数（启动的第一个参数）；取 ⌈n / blockDim⌉ 保证每个元素都有线程，或取固定值并配合 grid-stride 循环。',
        },
        defaults: {},
      },
      {
        name: 'sharedMem',
        meaning: {
          en: 'Bytes of dynamic shared memory per block (optional third launch argument, 0 if omitted). Above 48 KB requires opting in with cudaFuncSetAttribute(…, cudaFuncAttributeMaxDynamicSharedMemorySize, …).',
          'zh-cn': '每个 block 的动态 shared memory 字节数（可选的第三个启动参数，省略时为 0）。超过 48 KB 必须先用 cudaFuncSetAttribute(…, cudaFuncAttributeMaxDynamicSharedMemorySize, …) 申请。',
        },
        defaults: {},
      },
      {
        name: 'cuda_sources',
        meaning: {
          en: 'torch.utils.cpp_extension.load_inline: CUDA source strings (kernels plus launchers), compiled with nvcc on first use; functions lists the names to bind to Python.',
          'zh-cn': 'torch.utils.cpp_extension.load_inline：CUDA 源码字符串（kernel 及其启动函数），首次使用时由 nvcc 编译；functions 列出要绑定到 Python 的函数名。',
        },
        defaults: { pytorch: 'None' },
      },
      {
        name: 'grid',
        meaning: {
          en: 'jax.experimental.pallas.pallas_call: the iteration space; the kernel body runs once per grid index (a "program"), like one CUDA block.',
          'zh-cn': 'jax.experimental.pallas.pallas_call：迭代空间；kernel 函数体对每个 grid 下标执行一次（一个 "program"），类似一个 CUDA block。',
        },
        defaults: { jax: '()' },
      },
    ],
    pitfalls: [
      {
        en: 'Missing bounds check: with grid = ⌈n / block⌉ the last block has threads past the end; without if (i < n) they read and write out of bounds, which shows up later as "an illegal memory access was encountered" or silently corrupts a neighbouring tensor.',
        'zh-cn': '缺少边界检查：grid = ⌈n / block⌉ 时最后一个 block 中有越界的线程；不写 if (i < n) 它们就会越界读写，之后报 "an illegal memory access was encountered"，或悄悄改坏相邻的张量。',
      },
      {
        en: 'Over-allocating shared memory is an error, not a spill: unlike registers, which spill to local memory, shared memory never spills. Static arrays over 48 KB fail at compile time (ptxas "uses too much shared data (0xc300 bytes, 0xc000 max)"); a dynamic request above the limit, or above 48 KB without the opt-in attribute, makes the launch fail with "invalid argument" (cudaErrorInvalidValue).',
        'zh-cn': 'shared memory 超额是直接报错，而不是溢出：寄存器不够时会溢出到 local memory，shared memory 则永远不会溢出。静态数组超过 48 KB 在编译期失败（ptxas 报 "uses too much shared data (0xc300 bytes, 0xc000 max)"）；动态申请超过上限，或超过 48 KB 却没设置 opt-in 属性，启动时就会失败，报 "invalid argument"（cudaErrorInvalidValue）。',
      },
      {
        en: 'Kernel launches are asynchronous: errors surface at a later, unrelated call, and timing with time.time() around a PyTorch CUDA op measures only the launch. Check cudaGetLastError() (C10_CUDA_KERNEL_LAUNCH_CHECK() in extensions), run with CUDA_LAUNCH_BLOCKING=1 when debugging, and call torch.cuda.synchronize() or use CUDA events before reading the clock.',
        'zh-cn': 'kernel 启动是异步的：错误会在之后某个不相关的调用处才冒出来，用 time.time() 包住 PyTorch 的 CUDA 操作计时只测到了启动开销。应检查 cudaGetLastError()（扩展里用 C10_CUDA_KERNEL_LAUNCH_CHECK()），调试时设 CUDA_LAUNCH_BLOCKING=1，读时钟前先 torch.cuda.synchronize() 或使用 CUDA event。',
      },
      {
        en: 'Uncoalesced memory access: when neighbouring threads read addresses far apart (e.g. walking a column of a row-major matrix), each warp needs many memory transactions instead of a few and a bandwidth-bound kernel slows down several times. Map threadIdx.x to the contiguous (last) dimension, or transpose through shared memory.',
        'zh-cn': '访存不合并：相邻线程读取相距很远的地址时（例如沿行主序矩阵的一列遍历），每个 warp 需要很多次内存事务而不是几次，受带宽限制的 kernel 会慢好几倍。让 threadIdx.x 对应连续的（最后一个）维度，或借助 shared memory 做转置。',
      },
    ],
    why: [
      {
        q: { en: 'Why one CUDA thread per element rather than a loop?', 'zh-cn': '为什么一个 CUDA 线程只处理一个元素，而不是在一个线程里写循环？' },
        a: {
          en: 'A GPU gets its speed from running tens of thousands of threads at once: each SM keeps many warps resident and switches to another warp whenever one waits for memory, hiding the latency. A for loop inside one thread runs on a single lane of a single SM, serially, leaving the rest of the chip idle. Giving each element its own thread and launching many blocks lets the hardware scheduler spread the work over all SMs of any GPU. (A grid-stride loop — each thread handling i, i + total_threads, … — is the parallel variant that keeps the grid a fixed size.)',
          'zh-cn': 'GPU 的速度来自同时运行成千上万个线程：每个 SM 上驻留许多 warp，一个 warp 等内存时就切换到另一个，从而隐藏访存延迟。在一个线程里写 for 循环，只会在一个 SM 的一条通道上串行执行，芯片其余部分全部闲置。让每个元素对应一个线程并启动许多 block，硬件调度器就能把工作分摊到任意 GPU 的所有 SM 上。（grid-stride 循环——每个线程处理 i、i + 总线程数、……——是保持 grid 大小固定的并行写法，不是串行循环。）',
        },
      },
      {
        q: { en: 'Why is saving memory traffic saving time?', 'zh-cn': '为什么省内存访问就是省时间？' },
        a: {
          en: 'A modern data-center GPU can do on the order of a hundred or more FLOPs in the time it reads one byte from HBM, while elementwise ops, norms and softmax do only a few FLOPs per byte. Such kernels are bandwidth-bound: their time is about bytes moved ÷ bandwidth, so fusing kernels (no intermediate writes), using fp16/bf16 (half the bytes) and tiling through shared memory (FlashAttention) make them faster. Note it is traffic, not capacity: recomputation saves memory capacity but costs time.',
          'zh-cn': '现代数据中心 GPU 从 HBM 读 1 个字节的时间里可以完成上百次甚至更多的浮点运算，而逐元素运算、归一化、softmax 每字节只有几次运算。这类 kernel 受带宽限制：耗时约等于搬运字节数 ÷ 带宽，所以融合 kernel（不写中间结果）、使用 fp16/bf16（字节减半）、借助 shared memory 分块（FlashAttention）都能提速。注意这里指的是访存流量而非显存容量：重计算节省了显存容量，却要花更多时间。',
        },
      },
    ],
    seeAlso: ['mixed-precision', 'matmul', 'attention', 'zero-sharding', 'asyncio-coroutine'],
    docs: {
      pytorch: 'https://docs.pytorch.org/docs/stable/cpp_extension.html',
      jax: 'https://docs.jax.dev/en/latest/pallas/index.html',
    },
  },
  {
    id: 'asyncio-coroutine',
    family: 'systems',
    title: { en: 'asyncio coroutines', 'zh-cn': 'asyncio 协程（coroutine）' },
    summary: {
      en: 'An async def function returns a coroutine; asyncio runs many coroutines on one thread with an event loop. A coroutine runs until it awaits something that is not ready (a socket read, a sleep, a future), then hands control back so the loop can resume another ready coroutine — concurrency by cooperative switching, not parallelism. It shines for many simultaneous network requests (calling model APIs, crawling, serving) on non-blocking sockets, and does not speed up CPU-bound work or, by itself, regular file I/O.',
      'zh-cn': 'async def 函数返回一个协程；asyncio 用事件循环在单个线程里运行许多协程。协程一直执行，直到 await 一个尚未就绪的对象（socket 读、sleep、future），这时把控制权交还，事件循环去恢复另一个已就绪的协程——这是协作式切换带来的并发，而不是并行。它非常适合基于非阻塞 socket 的大量并发网络请求（调用模型 API、爬虫、服务端），但对 CPU 密集型任务没有加速，单靠它也无法让普通文件 I/O 变成异步。',
    },
    formula: String.raw`T_{\text{asyncio}} \approx \sum_i c_i + \max_i w_i \qquad\text{vs}\qquad T_{\text{sequential}} = \sum_i \big(c_i + w_i\big)`,
    formulaText: 'T_asyncio ≈ Σᵢ cᵢ + maxᵢ wᵢ  vs  T_sequential = Σᵢ (cᵢ + wᵢ)   (cᵢ: CPU time of task i, which still adds up on the one thread; wᵢ: time task i waits on the network, which overlaps)',
    shapes: {
      en: 'Takes and returns Python objects, not tensors: calling an async def gives a coroutine object; asyncio.run(main()) runs it and returns its result; await asyncio.gather(*coros) returns a list of results in argument order; await asyncio.to_thread(f, *args) returns f(*args) computed in a worker thread; loop.run_in_executor(executor, f, *args) returns a future for f(*args).',
      'zh-cn': '输入输出都是 Python 对象而不是张量：调用 async def 得到协程对象；asyncio.run(main()) 运行它并返回结果；await asyncio.gather(*coros) 按参数顺序返回结果列表；await asyncio.to_thread(f, *args) 返回在工作线程中计算的 f(*args)；loop.run_in_executor(executor, f, *args) 返回 f(*args) 的 future。',
    },
    params: [
      {
        name: 'return_exceptions',
        meaning: {
          en: 'asyncio.gather: False (the default) raises the first exception in the awaiting task while the other awaitables keep running; True returns exceptions as items of the result list.',
          'zh-cn': 'asyncio.gather：为 False（默认）时第一个异常会在等待方抛出，其余任务继续运行；为 True 时异常作为结果列表的元素返回。',
        },
        defaults: {},
      },
      {
        name: 'executor',
        meaning: {
          en: 'loop.run_in_executor: None (the default) uses the loop\'s default ThreadPoolExecutor; pass a ProcessPoolExecutor for CPU-bound Python code.',
          'zh-cn': 'loop.run_in_executor：为 None（默认）时使用事件循环默认的 ThreadPoolExecutor；CPU 密集的 Python 代码应传入 ProcessPoolExecutor。',
        },
        defaults: {},
      },
      {
        name: 'value',
        meaning: {
          en: 'asyncio.Semaphore: how many holders may be inside at once (default 1); use it to cap concurrent requests against a rate-limited API.',
          'zh-cn': 'asyncio.Semaphore：同时允许进入的数量（默认 1）；用来限制对有速率限制的 API 的并发请求数。',
        },
        defaults: {},
      },
      {
        name: 'timeout',
        meaning: {
          en: 'asyncio.wait_for(aw, timeout): seconds before the awaitable is cancelled and TimeoutError is raised; None waits forever. Python 3.11+ also has the async with asyncio.timeout(…) context manager.',
          'zh-cn': 'asyncio.wait_for(aw, timeout)：超过这么多秒就取消该任务并抛出 TimeoutError；None 表示一直等待。Python 3.11+ 还提供 async with asyncio.timeout(…) 上下文管理器。',
        },
        defaults: {},
      },
    ],
    pitfalls: [
      {
        en: 'Blocking calls inside async def: time.sleep, requests.get, open(...).read() or a model forward pass block the whole event loop, so every other coroutine stalls. Use await asyncio.sleep, an async client (aiohttp, httpx.AsyncClient), or move the call off the loop with await asyncio.to_thread(...).',
        'zh-cn': '在 async def 里调用阻塞函数：time.sleep、requests.get、open(...).read() 或模型前向推理会阻塞整个事件循环，所有其他协程都跟着停住。改用 await asyncio.sleep、异步客户端（aiohttp、httpx.AsyncClient），或用 await asyncio.to_thread(...) 把调用移出事件循环。',
      },
      {
        en: 'Forgetting await: fetch(url) without await only creates a coroutine object that never runs, and Python later warns "RuntimeWarning: coroutine \'fetch\' was never awaited". Await it, or schedule it with asyncio.create_task and keep a reference to the task.',
        'zh-cn': '忘记 await：不加 await 调用 fetch(url) 只会创建一个永远不会执行的协程对象，之后 Python 警告 "RuntimeWarning: coroutine \'fetch\' was never awaited"。要么 await 它，要么用 asyncio.create_task 调度并保存任务的引用。',
      },
      {
        en: 'asyncio.run inside Jupyter: the notebook already runs an event loop, so asyncio.run(main()) raises "asyncio.run() cannot be called from a running event loop". Use top-level await main() in the cell instead.',
        'zh-cn': '在 Jupyter 里调用 asyncio.run：notebook 本身已经在运行事件循环，asyncio.run(main()) 会报 "asyncio.run() cannot be called from a running event loop"。在单元格里直接写顶层的 await main() 即可。',
      },
      {
        en: 'Expecting to_thread to speed up CPU-bound Python: threads share the GIL, so pure-Python number crunching in asyncio.to_thread runs no faster than serially (it only keeps the loop responsive). Use a ProcessPoolExecutor, or libraries that release the GIL (NumPy, PyTorch ops).',
        'zh-cn': '指望 to_thread 加速 CPU 密集的 Python 代码：线程共享 GIL，纯 Python 计算放进 asyncio.to_thread 并不会比串行快（只是让事件循环保持响应）。应使用 ProcessPoolExecutor，或调用会释放 GIL 的库（NumPy、PyTorch 算子）。',
      },
    ],
    why: [
      {
        q: { en: 'Why are coroutines poor for file I/O and CPU-bound work?', 'zh-cn': '为什么协程不适合文件 I/O 和 CPU 密集型任务？' },
        a: {
          en: 'Coroutines only help while a task waits on something the event loop can watch. Sockets can be made non-blocking and the OS notifies readiness (epoll, kqueue, IOCP), so one thread can juggle thousands of connections. Regular files under POSIX are always reported "ready" and a read that misses the page cache blocks the thread in the kernel (O_NONBLOCK has no effect on them), so there is nothing to wait on asynchronously; asyncio has no native file API and aiofiles or asyncio.to_thread hand the work to threads. Linux AIO and io_uring do offer real asynchronous file I/O, but the standard asyncio loop does not use them. CPU-bound work never awaits at all: one coroutine keeps the single thread busy and every other coroutine waits — use processes for that.',
          'zh-cn': '只有当任务在等待事件循环能监视的对象时，协程才有用。socket 可以设为非阻塞，操作系统会通知其就绪（epoll、kqueue、IOCP），所以一个线程就能同时处理成千上万个连接。POSIX 下的普通文件总是被报告为"就绪"，读操作若未命中页缓存就会在内核里阻塞线程（O_NONBLOCK 对普通文件无效），没有可以异步等待的东西；asyncio 没有原生的文件 API，aiofiles 或 asyncio.to_thread 实际是把工作交给线程。Linux 的 AIO 和 io_uring 确实提供真正的异步文件 I/O，但标准 asyncio 事件循环并不使用它们。CPU 密集型任务则根本不会 await：一个协程一直占着唯一的线程，其他协程只能等——这类工作应交给多进程。',
        },
      },
      {
        q: { en: 'Why can one thread serve thousands of connections?', 'zh-cn': '为什么一个线程就能服务成千上万个连接？' },
        a: {
          en: 'Network time is mostly waiting. While 1,000 requests each wait 200 ms for a reply, the loop has nothing to compute, so they overlap and the batch finishes in roughly one round trip plus the summed CPU time, instead of 1,000 round trips. A suspended coroutine is just a small Python frame object, far lighter than an OS thread with its own stack, and switching happens only at await points, so shared state needs no locks between awaits.',
          'zh-cn': '网络耗时大部分是在等待。1,000 个请求各自等待 200 ms 的响应时，事件循环并没有什么要计算，于是这些等待重叠在一起，整批完成时间大约是一次往返加上累计的 CPU 时间，而不是 1,000 次往返。挂起的协程只是一个很小的 Python 帧对象，比带独立栈的操作系统线程轻得多；而且只在 await 处切换，两个 await 之间访问共享状态不需要加锁。',
        },
      },
    ],
    seeAlso: ['cuda-kernel', 'gpt'],
    docs: {},
  },
];
