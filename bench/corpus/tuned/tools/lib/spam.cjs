'use strict';
// Helpers for spam samples. {MX} and {DATE} are filled in by build-messages.cjs.
const rcv = (ip, helo) => `from ${helo} (unknown [${ip}])\n by {MX} with ESMTP id ${(ip.split('.').pop() * 7919).toString(16).toUpperCase()}${helo.length}F; {DATE}`;
module.exports = { rcv };
