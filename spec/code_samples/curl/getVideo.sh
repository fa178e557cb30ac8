# Public: no API key. -C - resumes a partial download with a Range request.
curl -fL -C - -o cat.mp4 "https://videogenapi.com/api/v1/video/gen_686717fe97bd3_055867"
