curl -X POST "https://videogenapi.com/api/v1/generate" \
  -H "Authorization: Bearer YOUR_API_KEY" \
  -H "Content-Type: application/json" \
  -d '{
    "model": "kling_25",
    "prompt": "A cat playing with a ball in a sunny garden",
    "duration": 10,
    "resolution": "1080p",
    "aspect_ratio": "16:9",
    "seed": 42
  }'
