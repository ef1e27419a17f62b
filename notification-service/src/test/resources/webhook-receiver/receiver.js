// A subscriber's webhook receiver in Node.js, as docs/notifications.md shows it: each call is verified with the
// Standard Webhooks library (npm standardwebhooks) and answered 204, or 401 when it cannot be verified.
// Usage: node receiver.js <port> <secret>; prints "listening", then one line per call.
const http = require("node:http");
const { Webhook } = require("standardwebhooks");

const [port, secret] = process.argv.slice(2);
const webhook = new Webhook(secret);

http.createServer((request, response) => {
  const chunks = [];
  request.on("data", (chunk) => chunks.push(chunk));
  request.on("end", () => {
    try {
      const notice = webhook.verify(Buffer.concat(chunks).toString("utf8"), request.headers);
      console.log(`verified ${request.url} ${notice.id} ${notice.type}`);
      response.writeHead(204).end();
    } catch (error) {
      console.log(`refused ${request.url} ${error.message}`);
      response.writeHead(401).end();
    }
  });
}).listen(Number(port), "127.0.0.1", () => console.log("listening"));
