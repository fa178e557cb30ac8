curl -X POST "https://videogenapi.com/api/v1/generate" \
  -H "Authorization: Bearer YOUR_API_KEY" \
  -H "Content-Type: application/json" \
  -H "Idempotency-Key: 5f0c6a4e-7b9d-4c55-9a39-2f1f0f6c1d2e" \
  -d '{
    "model": "kling_25",
    "prompt": "A cat playing with a ball in a sunny garden",
    "duration": 10,
    "resolution": "1080p",
    "aspect_ratio": "16:9",
    "add_audio": true,
    "audio_prompt": "Cheerful ambient sounds with soft nature background"
  }'
