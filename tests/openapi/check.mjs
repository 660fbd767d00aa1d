// Validates docs/openapi.yaml with a real OpenAPI validator (swagger-parser), then starts hotel-server on a
// seeded SQLite database and checks that its real answers match the document's schemas (ajv).
// Usage: node check.mjs <path/to/hotel-server> <path/to/openapi.yaml>  (NODE_PATH: the npm packages)
import { createRequire } from 'node:module';
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(join(process.env.HOTEL_NPM_DIR, 'node_modules', 'x.js'));
const SwaggerParser = require('@apidevtools/swagger-parser');
const Ajv = require('ajv');
const addFormats = require('ajv-formats');

const [server, specPath] = process.argv.slice(2);
let failures = 0, passed = 0;
const fail = (what) => { failures++; console.error('FAIL', what); };

const api = await SwaggerParser.validate(specPath); // throws on an invalid document
console.log(`openapi: ${specPath} is a valid OpenAPI ${api.openapi} document with ${Object.keys(api.paths).length} paths`);
passed++;

const dir = mkdtempSync(join(tmpdir(), 'hotel-openapi-'));
const db = `sqlite://${join(dir, 'api.sqlite')}`;
execFileSync(server, ['seed', '--db', db, '--hotels', '3', '--seed', '5', '--days', '60'], { stdio: 'ignore', env: { ...process.env, HOTEL_PWHASH_FAST: '1' } });
const child = spawn(server, ['serve', '--db', db, '--listen', '127.0.0.1:0', '--no-rate-limit', '--limit-bookings-per-guest-hour', '0'], { env: { ...process.env, HOTEL_JWT_SECRET: 'x'.repeat(40) } });
const port = await new Promise((resolve, reject) => {
  child.stdout.on('data', (d) => { const m = /listening on [\d.]+:(\d+)/.exec(String(d)); if (m) resolve(m[1]); });
  child.on('exit', (code) => reject(new Error(`hotel-server exited with ${code}`)));
  setTimeout(() => reject(new Error('hotel-server did not start')), 20000);
});
const base = `http://127.0.0.1:${port}`;

const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
function schemaFor(path, method, status) {
  const op = api.paths[path]?.[method];
  if (!op) return null;
  const res = op.responses[String(status)];
  return res?.content?.['application/json']?.schema ?? null;
}
async function check(method, template, path, { body, token, status, headers = {} } = {}) {
  const res = await fetch(base + path, { method: method.toUpperCase(), body: body ? JSON.stringify(body) : undefined,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}), ...headers } });
  const json = await res.json();
  if (status && res.status !== status) { fail(`${method} ${path}: status ${res.status}, expected ${status}: ${JSON.stringify(json)}`); return json; }
  const schema = schemaFor(template, method, res.status);
  if (!schema) { fail(`${method} ${template}: status ${res.status} is not documented`); return json; }
  if (!ajv.validate(schema, json)) fail(`${method} ${path} (${res.status}) does not match the document: ${ajv.errorsText()}`);
  else passed++;
  return json;
}

const day = (n) => new Date(Date.now() + n * 86400000).toISOString().slice(0, 10);
try {
  await check('get', '/healthz', '/healthz', { status: 200 });
  const found = await check('get', '/api/v1/hotels/search', `/api/v1/hotels/search?city=Seoul&checkIn=${day(10)}&checkOut=${day(12)}&guests=2`, { status: 200 });
  await check('get', '/api/v1/hotels/search', `/api/v1/hotels/search?city=Seoul&checkIn=later&checkOut=${day(12)}`, { status: 400 });
  const hotelId = found.hotels[0].hotelId, roomTypeId = found.hotels[0].availableRoomTypes[0].roomTypeId;
  await check('get', '/api/v1/hotels/{hotelId}', `/api/v1/hotels/${hotelId}`, { status: 200 });
  await check('get', '/api/v1/hotels/{hotelId}', '/api/v1/hotels/999999', { status: 404 });
  await check('get', '/api/v1/hotels/{hotelId}/room-types', `/api/v1/hotels/${hotelId}/room-types`, { status: 200 });
  await check('get', '/api/v1/hotels/{hotelId}/room-types/{roomTypeId}/availability',
    `/api/v1/hotels/${hotelId}/room-types/${roomTypeId}/availability?checkIn=${day(10)}&checkOut=${day(12)}`, { status: 200 });
  await check('post', '/api/v1/auth/register', '/api/v1/auth/register', { body: { email: 'new@example.com', password: 'long enough', name: 'New' }, status: 201 });
  const guest = await check('post', '/api/v1/auth/token', '/api/v1/auth/token', { body: { email: 'new@example.com', password: 'long enough' }, status: 200 });
  const admin = await check('post', '/api/v1/auth/token', '/api/v1/auth/token', { body: { email: 'admin@demo.hotel', password: 'demo-password' }, status: 200 });
  await check('post', '/api/v1/auth/token', '/api/v1/auth/token', { body: { email: 'new@example.com', password: 'wrong' }, status: 401 });
  const booking = await check('post', '/api/v1/bookings', '/api/v1/bookings', { token: guest.accessToken, status: 201, headers: { 'Idempotency-Key': 'k-1' },
    body: { hotelId, roomTypeId, checkInDate: day(10), checkOutDate: day(12), guestInfo: { name: 'John Doe', email: 'john@example.com', phone: '+1-555-0100' }, numberOfGuests: 2 } });
  await check('post', '/api/v1/bookings', '/api/v1/bookings', { token: guest.accessToken, status: 422,
    body: { hotelId, roomTypeId, checkInDate: day(12), checkOutDate: day(10), guestInfo: { name: 'John Doe', email: 'john@example.com' } } });
  await check('get', '/api/v1/bookings/{bookingId}', `/api/v1/bookings/${booking.bookingId}`, { token: guest.accessToken, status: 200 });
  await check('patch', '/api/v1/bookings/{bookingId}', `/api/v1/bookings/${booking.bookingId}`, { token: guest.accessToken, body: { checkOutDate: day(13) }, status: 200 });
  await check('get', '/api/v1/users/me/bookings', '/api/v1/users/me/bookings?status=CONFIRMED', { token: guest.accessToken, status: 200 });
  await check('get', '/api/v1/hotels', '/api/v1/hotels', { token: admin.accessToken, status: 200 });
  await check('get', '/api/v1/hotels/{hotelId}/inventory', `/api/v1/hotels/${hotelId}/inventory?from=${day(9)}&to=${day(14)}`, { token: admin.accessToken, status: 200 });
  await check('get', '/api/v1/hotels/{hotelId}/inventory', `/api/v1/hotels/${hotelId}/inventory?from=${day(9)}&to=${day(14)}`, { token: guest.accessToken, status: 403 });
  await check('get', '/api/v1/hotels/{hotelId}/bookings', `/api/v1/hotels/${hotelId}/bookings?from=${day(0)}&to=${day(30)}`, { token: admin.accessToken, status: 200 });
  await check('get', '/api/v1/hotels/{hotelId}/rooms', `/api/v1/hotels/${hotelId}/rooms`, { token: admin.accessToken, status: 200 });
  await check('put', '/api/v1/hotels/{hotelId}/room-types/{roomTypeId}/prices', `/api/v1/hotels/${hotelId}/room-types/${roomTypeId}/prices`,
    { token: admin.accessToken, body: { prices: [{ date: day(20), price: '199.00' }] }, status: 200 });
  await check('post', '/api/v1/hotels/{hotelId}/room-types/{roomTypeId}/blocks', `/api/v1/hotels/${hotelId}/room-types/${roomTypeId}/blocks`,
    { token: admin.accessToken, body: { from: day(20), to: day(21), count: 1 }, status: 200 });
  await check('get', '/api/v1/hotels/{hotelId}/changes', `/api/v1/hotels/${hotelId}/changes`, { status: 200 });
  await check('post', '/api/v1/bookings/{bookingId}/cancel', `/api/v1/bookings/${booking.bookingId}/cancel`, { token: guest.accessToken, body: { reason: 'plans' }, status: 200 });
  await check('post', '/api/v1/bookings/{bookingId}/cancel', `/api/v1/bookings/${booking.bookingId}/cancel`, { token: guest.accessToken, body: { reason: 'again' }, status: 409 });
} finally {
  child.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}
console.log(`${passed} passed, ${failures} failed`);
process.exit(failures ? 1 : 0);
