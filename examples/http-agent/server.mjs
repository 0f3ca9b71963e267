// A tiny external agent for usersim's HTTP protocol (usersim.agent.v1), in
// plain Node with no dependencies. Its policy is deliberately naive: it asks
// the customer one clarifying question, then gives a final answer built from
// what it was told. Use it as a starting point for wiring your own agent.
//
//   node examples/http-agent/server.mjs            # listens on 127.0.0.1:8787
//   PORT=9000 node examples/http-agent/server.mjs
//   usersim run scenarios/demo --agent http:http://127.0.0.1:8787/act
//
// Each step, usersim POSTs { protocol, episode, context, tools, messages } and
// expects ONE action back:
//   { "type": "message", "text": "…" }                  a message to the customer
//   { "type": "answer",  "text": "…" }                  the final answer
//   { "type": "tool", "name": "get_order", "args": {…} } a tool call; its result
//                                                        arrives as a { role: "tool" } message
import { Buffer } from 'node:buffer';
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';

/** The policy: one question, then an answer. */
export function decide(request) {
  const messages = Array.isArray(request.messages) ? request.messages : [];
  const asked = messages.some((m) => m.role === 'agent' && m.action?.type === 'message');
  if (!asked) {
    return { type: 'message', text: 'Happy to help! Could you tell me any order number, email address or product name that goes with your request?' };
  }
  const lastUser = [...messages].reverse().find((m) => m.role === 'user');
  return { type: 'answer', text: `Thank you. Based on what you told me ("${lastUser?.text ?? ''}"), I have noted your request.` };
}

/** Starts the server; resolves with its URL. */
export function start(port = Number(process.env.PORT ?? 8787), host = '127.0.0.1') {
  const server = createServer((req, res) => {
    if (req.method !== 'POST') {
      res.writeHead(405, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'POST a usersim.agent.v1 request' }));
      return;
    }
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      let request;
      try {
        request = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'the body is not JSON' }));
        return;
      }
      if (request.protocol !== 'usersim.agent.v1') {
        res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ error: `unsupported protocol ${request.protocol}` }));
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(decide(request)));
    });
  });
  return new Promise((resolve) => {
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      resolve({ url: `http://${host}:${actual}/act`, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

// Run directly (not imported by a test): start and say where.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { url } = await start();
  console.log(`usersim example agent listening on ${url}`);
}
