/**
 * The script's `Date`: `new Date()` / `Date.now()` read the simulated clock, and local-time methods
 * (getHours, setDate, toString, `new Date(2016, 8, 12)`, zone-less parsing) use the script time zone,
 * as Apps Script does, whatever the host's TZ. Everything else is the realm's own Date.
 *
 * It is source text evaluated inside the vm (not a host function), so the instances, prototype and
 * `instanceof Date` all belong to the script's realm.
 */
export const DATE_SHIM_SOURCE = String.raw`(function (RealDate, nowMs, offsetAt, zoneName, timeZone) {
  'use strict';
  var proto = RealDate.prototype;
  var getTime = proto.getTime;
  var setTime = proto.setTime;
  var hostOffsetMinutes = proto.getTimezoneOffset;
  var toLocaleStringReal = proto.toLocaleString;
  var toLocaleDateStringReal = proto.toLocaleDateString;
  var toLocaleTimeStringReal = proto.toLocaleTimeString;
  var realParse = RealDate.parse;
  var UTC = RealDate.UTC;
  var DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  var MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

  function wall(t) { return t + offsetAt(t); }
  function fromWall(w) {
    if (w !== w) return NaN;
    var a = w - offsetAt(w);
    var b = w - offsetAt(a);
    if (wall(b) === w) return b;
    var c = w - offsetAt(b);
    return wall(c) === w ? c : Math.max(a, b);
  }
  function hostOffset(t) { return -hostOffsetMinutes.call(new RealDate(t)) * 60000; }
  var HAS_ZONE = /(Z|[+-]\d\d:?\d\d|\bGMT\b|\bUTC\b|\bUT\b|\b[ECMP][SD]T\b)\s*(\(.*\))?\s*$/i;
  var DATE_ONLY = /^([+-]\d{6}|\d{4})-\d\d(-\d\d)?$/;
  function parse(s) {
    s = String(s);
    var t = realParse(s);
    if (t !== t || DATE_ONLY.test(s.trim()) || HAS_ZONE.test(s.trim())) return t;
    return fromWall(t + hostOffset(t));
  }
  function pad(n, w) { var s = String(Math.abs(n)); while (s.length < (w || 2)) s = '0' + s; return (n < 0 ? '-' : '') + s; }
  function offsetText(t) {
    var off = Math.round(offsetAt(t) / 60000); var a = Math.abs(off);
    return (off < 0 ? '-' : '+') + pad(Math.floor(a / 60)) + pad(a % 60);
  }
  function primitive(v) {
    if (v !== null && typeof v === 'object') {
      if (Object.prototype.toString.call(v) === '[object Date]') return getTime.call(v);
      var p = v.valueOf();
      return (p !== null && typeof p === 'object') ? String(v) : p;
    }
    return v;
  }

  function Date(a, b, c, d, e, f, g) {
    var n = arguments.length;
    if (!new.target) return new Date(nowMs()).toString();
    var t;
    if (n === 0) t = nowMs();
    else if (n === 1) {
      var p = primitive(a);
      t = typeof p === 'string' ? parse(p) : Number(p);
    } else {
      var y = Number(a);
      if (y === y && Math.trunc(y) >= 0 && Math.trunc(y) <= 99) y = 1900 + Math.trunc(y);
      t = fromWall(UTC(y, Number(b), n > 2 ? Number(c) : 1, n > 3 ? Number(d) : 0, n > 4 ? Number(e) : 0, n > 5 ? Number(f) : 0, n > 6 ? Number(g) : 0));
    }
    return Reflect.construct(RealDate, [t], new.target);
  }
  Date.prototype = proto;
  Object.defineProperty(proto, 'constructor', { value: Date, writable: true, configurable: true, enumerable: false });
  Date.now = function now() { return nowMs(); };
  Date.parse = function (s) { return parse(s); };
  Date.UTC = UTC;

  function define(name, fn) { Object.defineProperty(proto, name, { value: fn, writable: true, configurable: true, enumerable: false }); }
  function getter(utcName) {
    var m = proto[utcName];
    return function () { var t = getTime.call(this); return t !== t ? NaN : m.call(new RealDate(wall(t))); };
  }
  function setter(utcName, fromZero) {
    var m = proto[utcName];
    return function () {
      var t = getTime.call(this);
      var base = t !== t ? (fromZero ? 0 : NaN) : wall(t);
      var w = new RealDate(base);
      m.apply(w, arguments);
      return setTime.call(this, fromWall(getTime.call(w)));
    };
  }
  [['getFullYear', 'getUTCFullYear'], ['getMonth', 'getUTCMonth'], ['getDate', 'getUTCDate'], ['getDay', 'getUTCDay'],
   ['getHours', 'getUTCHours'], ['getMinutes', 'getUTCMinutes'], ['getSeconds', 'getUTCSeconds'],
   ['getMilliseconds', 'getUTCMilliseconds']].forEach(function (p) { define(p[0], getter(p[1])); });
  [['setFullYear', 'setUTCFullYear', true], ['setMonth', 'setUTCMonth'], ['setDate', 'setUTCDate'], ['setHours', 'setUTCHours'],
   ['setMinutes', 'setUTCMinutes'], ['setSeconds', 'setUTCSeconds'], ['setMilliseconds', 'setUTCMilliseconds']]
    .forEach(function (p) { define(p[0], setter(p[1], p[2])); });
  define('getYear', function () { return this.getFullYear() - 1900; });
  define('getTimezoneOffset', function () { var t = getTime.call(this); return t !== t ? NaN : -offsetAt(t) / 60000; });
  function datePart(t) { var w = new RealDate(wall(t)); return DAYS[w.getUTCDay()] + ' ' + MONTHS[w.getUTCMonth()] + ' ' + pad(w.getUTCDate()) + ' ' + pad(w.getUTCFullYear(), 4); }
  function timePart(t) { var w = new RealDate(wall(t)); return pad(w.getUTCHours()) + ':' + pad(w.getUTCMinutes()) + ':' + pad(w.getUTCSeconds()) + ' GMT' + offsetText(t) + ' (' + zoneName(t) + ')'; }
  define('toString', function () { var t = getTime.call(this); return t !== t ? 'Invalid Date' : datePart(t) + ' ' + timePart(t); });
  define('toDateString', function () { var t = getTime.call(this); return t !== t ? 'Invalid Date' : datePart(t); });
  define('toTimeString', function () { var t = getTime.call(this); return t !== t ? 'Invalid Date' : timePart(t); });
  function withZone(real) {
    return function (locales, options) {
      var o = Object.assign({}, options || {});
      if (o.timeZone === undefined) o.timeZone = timeZone;
      return real.call(this, locales, o);
    };
  }
  define('toLocaleString', withZone(toLocaleStringReal));
  define('toLocaleDateString', withZone(toLocaleDateStringReal));
  define('toLocaleTimeString', withZone(toLocaleTimeStringReal));
  return Date;
})`;
