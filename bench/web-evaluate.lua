-- wrk script for the web evaluation page: one multipart POST of tender.json and the response forms in $FORMS,
-- with the antiforgery cookie and token that web-evaluate.sh fetched. Prints median and p95 at the end.
local folder = os.getenv("FORMS")
local boundary = "pkbenchboundary7d91"

local function read(path)
  local file = assert(io.open(path, "rb"))
  local content = file:read("*a")
  file:close()
  return content
end

local function part(name, filename, content)
  return "--" .. boundary .. "\r\nContent-Disposition: form-data; name=\"" .. name .. "\"; filename=\"" .. filename ..
    "\"\r\nContent-Type: application/octet-stream\r\n\r\n" .. content .. "\r\n"
end

local body = "--" .. boundary .. "\r\nContent-Disposition: form-data; name=\"__RequestVerificationToken\"\r\n\r\n" ..
  os.getenv("TOKEN") .. "\r\n"
body = body .. part("tender", "tender.json", read(os.getenv("TENDER")))
local list = io.popen("ls " .. folder)
for name in list:lines() do
  body = body .. part("responses", name, read(folder .. "/" .. name))
end
list:close()
body = body .. "--" .. boundary .. "--\r\n"

wrk.method = "POST"
wrk.path = "/evaluation?handler=Evaluate"
wrk.body = body
wrk.headers["Content-Type"] = "multipart/form-data; boundary=" .. boundary
wrk.headers["Cookie"] = os.getenv("COOKIE")

function response(status, headers, body)
  if status ~= 200 or not string.find(body, "id=\"result\"", 1, true) then
    io.stderr:write("unexpected answer: " .. status .. "\n")
  end
end

function done(summary, latency, requests)
  io.write(string.format("requests %d, errors %d, median %.0f ms, p95 %.0f ms, max %.0f ms\n",
    summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency.max / 1000))
end
